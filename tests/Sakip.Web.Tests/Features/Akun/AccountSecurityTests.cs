using System.Net;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Akun;

public sealed class AccountSecurityTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Lockout = "Akun terkunci sementara karena terlalu banyak percobaan masuk yang gagal. Coba lagi 15 menit lagi.";

    [Fact]
    public async Task Five_failed_sign_ins_lock_the_account_even_for_the_right_password()
    {
        await app.CreateUserAsync("terkunci@uji.sakip.id", Roles.Planner, "SETDA");
        var client = app.Client();

        var failures = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            failures.Add(await SignInPageAsync(client, "terkunci@uji.sakip.id", "kata-sandi-salah"));
        }
        var sixth = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = "terkunci@uji.sakip.id",
            ["Form.Password"] = DemoAccounts.Password,
        }));

        failures.Take(4).ShouldAllBe(html => html.Contains("Surel atau kata sandi salah."));
        failures[4].ShouldContain(Lockout);
        sixth.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await sixth.Content.ReadAsStringAsync()).ShouldContain(Lockout);
        (await client.GetAsync("/Beranda")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Sign_out_by_GET_does_nothing()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var response = await client.GetAsync("/Akun/Keluar");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/Beranda")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Sign_out_by_POST_needs_the_antiforgery_token_and_signs_out()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var forged = await client.PostAsync("/Akun/Keluar", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var stillIn = await client.GetAsync("/Beranda");
        var signedOut = await client.PostAsync("/Akun/Keluar", await SakipWebFactory.FormAsync(client, "/Beranda", new()));
        var after = await client.GetAsync("/Beranda");

        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        stillIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        signedOut.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
        after.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        after.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    static async Task<string> SignInPageAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
