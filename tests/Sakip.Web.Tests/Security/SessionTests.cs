using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Security;

/// <summary>A session ends for every copy of its cookie at once: on sign-out and when an Admin changes the account.</summary>
public sealed class SessionTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    static readonly Uri Site = new("http://localhost");

    [Fact]
    public async Task A_copied_cookie_stops_working_right_after_sign_out()
    {
        await app.CreateUserAsync("keluar@uji.sakip.id", Roles.Planner, "SETDA");
        var (browser, cookies) = await SignInAsync("keluar@uji.sakip.id");
        var copy = CopyOf(cookies);
        (await copy.GetAsync("/Beranda")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await browser.PostAsync("/Akun/Keluar", await SakipWebFactory.FormAsync(browser, "/Beranda", new()))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await copy.GetAsync("/Beranda");
        var api = await copy.GetAsync("/api/v1/capaian?instansi=SETDA&tahun=2021");

        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, Dictionary<string, string>> AdminChanges => new()
    {
        { "Ubah", new() { ["peran"] = Roles.Leader, ["instansi"] = "SETDA" } },
        { "Kunci", new() },
        { "Sandi", new() { ["sandi"] = "Sandi-Baru-2026" } },
    };

    [Theory, MemberData(nameof(AdminChanges))]
    public async Task An_Admin_changing_role_lock_or_password_ends_the_accounts_sessions_at_once(string handler, Dictionary<string, string> fields)
    {
        var email = $"{handler.ToLowerInvariant()}@uji.sakip.id";
        await app.CreateUserAsync(email, Roles.Planner, "SETDA");
        var (user, _) = await SignInAsync(email);
        (await user.GetAsync("/Beranda")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

        var change = await admin.PostAsync($"/Admin/Akun?handler={handler}&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", fields));
        var after = await user.GetAsync("/Beranda");

        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    [Fact]
    public async Task An_Admin_password_reset_lets_the_account_sign_in_with_the_new_password_only()
    {
        await app.CreateUserAsync("sandi-baru@uji.sakip.id", Roles.Planner, "SETDA");
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == "sandi-baru@uji.sakip.id").Select(u => u.Id).SingleAsync());

        var blank = await admin.PostAsync($"/Admin/Akun?handler=Sandi&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", new() { ["sandi"] = "" }));
        var reset = await admin.PostAsync($"/Admin/Akun?handler=Sandi&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", new() { ["sandi"] = "Sandi-Baru-2026" }));

        blank.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await blank.Content.ReadAsStringAsync()).ShouldContain("Kata sandi baru wajib diisi.");
        reset.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.SignInAsync("sandi-baru@uji.sakip.id", "Sandi-Baru-2026")).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_revoked_API_token_stops_working_on_the_next_request()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var (token, tokenId, userId) = await app.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == "perencana@demo.sakip.id");
            var token = ApiTokens.NewToken();
            var stored = new ApiTokenEntity { UserId = user.Id, Name = "uji", Prefix = token[..12], Hash = ApiTokens.Hash(token), CreatedAt = DateTimeOffset.UtcNow };
            db.ApiTokens.Add(stored);
            await db.SaveChangesAsync();
            return (token, stored.Id, user.Id);
        });
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/v1/instansi/SETDA")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoke = await admin.PostAsync($"/Admin/Token?handler=Cabut&id={userId}&token={tokenId}", await SakipWebFactory.FormAsync(admin, $"/Admin/Token?id={userId}", new()));
        var after = await client.GetAsync("/api/v1/instansi/SETDA");

        revoke.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    /// <summary>Signs in with a cookie jar the test can read, as a browser whose cookie someone copies.</summary>
    async Task<(HttpClient Client, CookieContainer Cookies)> SignInAsync(string email)
    {
        var cookies = new CookieContainer();
        var client = app.CreateDefaultClient(Site, new CookieContainerHandler(cookies));
        var response = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = email,
            ["Form.Password"] = DemoAccounts.Password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return (client, cookies);
    }

    /// <summary>Another client that sends only the copied sign-in cookie.</summary>
    HttpClient CopyOf(CookieContainer cookies)
    {
        var session = cookies.GetCookies(Site)["sakip"] ?? throw new InvalidOperationException("No sign-in cookie.");
        var client = app.CreateDefaultClient(Site);
        client.DefaultRequestHeaders.Add("Cookie", $"sakip={session.Value}");
        return client;
    }
}
