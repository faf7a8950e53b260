using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Admin;

public sealed partial class AccountsTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public AccountsTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Admin_pages_answer_403_to_a_planner()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var adminId = await UserIdAsync("admin@demo.sakip.id");

        (await planner.GetAsync("/Admin/Akun")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await planner.GetAsync($"/Admin/Token?id={adminId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var post = await planner.PostAsync("/Admin/Akun?handler=Buat", await SakipWebFactory.FormAsync(planner, "/Beranda", Account("x@demo.sakip.id", "Rahasia-Baru-2024")));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Admin_lists_accounts_with_role_and_unit()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Akun"));

        html.ShouldContain("perencana@demo.sakip.id");
        html.ShouldContain("<option selected=\"selected\">Perencana</option>");
        html.ShouldContain("value=\"SETDA\"");
    }

    [Fact]
    public async Task Admin_creates_an_account_that_can_sign_in_and_an_invalid_one_is_refused_in_Indonesian()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var bad = await admin.PostAsync("/Admin/Akun?handler=Buat", await SakipWebFactory.FormAsync(admin, "/Admin/Akun",
            Account("buruk@demo.sakip.id", "pendek", unit: "TIDAK_ADA")));
        var good = await admin.PostAsync("/Admin/Akun?handler=Buat", await SakipWebFactory.FormAsync(admin, "/Admin/Akun",
            Account("baru@demo.sakip.id", "Rahasia-Baru-2024")));

        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync()).ShouldContain("Instansi dengan kode \"TIDAK_ADA\" tidak ditemukan.");
        (await app.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "buruk@demo.sakip.id"))).ShouldBeFalse();
        good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await app.SignInAsync("baru@demo.sakip.id", "Rahasia-Baru-2024");
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_the_identity_rule_in_Indonesian()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var response = await admin.PostAsync("/Admin/Akun?handler=Buat", await SakipWebFactory.FormAsync(admin, "/Admin/Akun",
            Account("lemah@demo.sakip.id", "pendek")));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Kata sandi minimal 10 karakter.");
    }

    [Fact]
    public async Task Admin_changes_role_and_unit_and_locks_and_unlocks_an_account()
    {
        await app.CreateUserAsync("ubah@demo.sakip.id", Roles.Planner, "SETDA");
        var id = await UserIdAsync("ubah@demo.sakip.id");
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var change = await admin.PostAsync($"/Admin/Akun?handler=Ubah&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", new() { ["peran"] = "Pimpinan", ["instansi"] = "UMUM" }));
        var locked = await admin.PostAsync($"/Admin/Akun?handler=Kunci&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", []));

        change.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        locked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var user = await app.QueryAsync(db => db.Users.Where(u => u.Id == id).Select(u => new
        {
            Unit = u.Unit!.Code,
            Role = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).Single(),
        }).SingleAsync());
        user.ShouldBe(new { Unit = "UMUM", Role = (string?)"Pimpinan" });
        var signIn = await app.Client().PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(app.Client(), "/Akun/Masuk", new() { ["Form.Email"] = "ubah@demo.sakip.id", ["Form.Password"] = "Sakip-Demo-2021" }));
        signIn.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);

        await admin.PostAsync($"/Admin/Akun?handler=Buka&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", []));

        await app.SignInAsync("ubah@demo.sakip.id");
    }

    [Fact]
    public async Task An_issued_token_is_shown_once_stored_as_hash_works_on_the_API_and_stops_working_when_revoked()
    {
        var id = await UserIdAsync("pimpinan@demo.sakip.id");
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var page = $"/Admin/Token?id={id}";

        var issued = await admin.PostAsync($"/Admin/Token?handler=Terbitkan&id={id}", await SakipWebFactory.FormAsync(admin, page, new() { ["Nama"] = "uji" }));
        var token = TokenPattern().Match(await issued.Content.ReadAsStringAsync()).Groups[1].Value;

        token.ShouldStartWith("sakip_");
        (await admin.GetStringAsync(page)).ShouldNotContain(token);
        var stored = await app.QueryAsync(db => db.ApiTokens.SingleAsync(t => t.UserId == id && t.Name == "uji"));
        stored.Hash.ShouldNotContain(token);
        (await ApiAsync(token)).ShouldBe(HttpStatusCode.OK);

        await admin.PostAsync($"/Admin/Token?handler=Cabut&id={id}&token={stored.Id}", await SakipWebFactory.FormAsync(admin, page, []));

        (await ApiAsync(token)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    async Task<HttpStatusCode> ApiAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/instansi");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await app.Client().SendAsync(request)).StatusCode;
    }

    Task<string> UserIdAsync(string email) => app.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    static Dictionary<string, string> Account(string email, string password, string unit = "SETDA") => new()
    {
        ["Form.Email"] = email,
        ["Form.Nama"] = "Akun Uji",
        ["Form.Peran"] = Roles.Planner,
        ["Form.KodeInstansi"] = unit,
        ["Form.KataSandi"] = password,
    };

    [GeneratedRegex("<code id=\"token-baru\"[^>]*>([^<]+)</code>")]
    private static partial Regex TokenPattern();
}
