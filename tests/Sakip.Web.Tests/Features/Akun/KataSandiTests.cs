using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;
using Sakip.Web.Tests.Mail;

namespace Sakip.Web.Tests.Features.Akun;

public sealed partial class KataSandiTests
{
    const string NewPassword = "Sandi-Baru-Uji-2026";

    [Fact]
    public async Task A_user_changes_their_password_and_a_wrong_current_one_is_refused_in_indonesian()
    {
        await using var app = new SakipWebFactory();
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var wrong = await ChangeAsync(planner, "Salah-Sekali-2026", NewPassword);
        var changed = await ChangeAsync(planner, Sakip.Web.Infrastructure.DemoAccounts.Password, NewPassword);
        var after = await planner.GetAsync("/Beranda");

        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await wrong.Content.ReadAsStringAsync()).ShouldContain("Kata sandi saat ini salah.");
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        changed.Headers.Location!.OriginalString.ShouldBe("/Beranda");
        after.StatusCode.ShouldBe(HttpStatusCode.OK, "the session continues on a refreshed cookie");
        (await app.SignInAsync("perencana@demo.sakip.id", NewPassword)).ShouldNotBeNull();
    }

    [Fact]
    public async Task The_password_page_needs_a_signed_in_user()
    {
        await using var app = new SakipWebFactory();

        var response = await app.Client().GetAsync("/Akun/KataSandi");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldContain("/Akun/Masuk");
    }

    [Fact]
    public async Task An_admin_reset_emails_a_link_that_works_once()
    {
        await using var mail = await MailApp.StartAsync();
        var admin = await mail.SignInAsync("admin@demo.sakip.id");
        var id = await mail.QueryAsync((db, _) => db.Users.Where(u => u.Email == "perencana@demo.sakip.id").Select(u => u.Id).SingleAsync());

        var sent = await admin.PostAsync($"/Admin/Akun?handler=AturUlang&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", []));
        var message = await mail.Sink.WaitForAsync(m => m.To.Contains("perencana@demo.sakip.id"));
        var link = new Uri(LinkPattern().Match(message.Body).Value);
        var anonymous = mail.Client();
        var page = link.PathAndQuery;
        var first = await anonymous.PostAsync(page, await SakipWebFactory.FormAsync(anonymous, page, new() { ["Form.SandiBaru"] = NewPassword, ["Form.Konfirmasi"] = NewPassword }));
        var second = await anonymous.PostAsync(page, await SakipWebFactory.FormAsync(anonymous, page, new() { ["Form.SandiBaru"] = "Sandi-Lain-2026x", ["Form.Konfirmasi"] = "Sandi-Lain-2026x" }));

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        message.Subject.ShouldBe("[Sakip] Atur ulang kata sandi");
        link.GetLeftPart(UriPartial.Path).ShouldBe("https://sakip.uji/Akun/AturUlang");
        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await second.Content.ReadAsStringAsync()).ShouldContain("tidak berlaku lagi");
        (await mail.SignInAsync("perencana@demo.sakip.id", NewPassword)).ShouldNotBeNull();
        (await mail.QueryAsync((db, _) => db.Notifications.CountAsync())).ShouldBe(0, "the link is sent at once and never stored");
    }

    [Fact]
    public async Task Without_mail_an_admin_reset_shows_a_one_time_password_once_and_it_must_be_changed()
    {
        await using var mail = await MailApp.StartAsync(mailOn: false);
        var admin = await mail.SignInAsync("admin@demo.sakip.id");
        var id = await mail.QueryAsync((db, _) => db.Users.Where(u => u.Email == "perencana@demo.sakip.id").Select(u => u.Id).SingleAsync());

        var reset = await admin.PostAsync($"/Admin/Akun?handler=AturUlang&id={id}", await SakipWebFactory.FormAsync(admin, "/Admin/Akun", []));
        var html = await reset.Content.ReadAsStringAsync();
        var oneTime = OneTimePattern().Match(html).Groups[1].Value;
        var later = await admin.GetStringAsync("/Admin/Akun");
        var planner = await mail.SignInAsync("perencana@demo.sakip.id", oneTime);
        var dashboard = await planner.GetAsync("/Beranda");
        var api = await planner.GetAsync("/api/v1/instansi/SETDA");
        var changed = await ChangeAsync(planner, oneTime, NewPassword);
        var afterwards = await planner.GetAsync("/Beranda");

        reset.StatusCode.ShouldBe(HttpStatusCode.OK);
        oneTime.Length.ShouldBe(16);
        later.ShouldNotContain(oneTime);
        dashboard.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        dashboard.Headers.Location!.OriginalString.ShouldBe("/Akun/KataSandi");
        api.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        afterwards.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await mail.QueryAsync((db, _) => db.Users.Where(u => u.Id == id).Select(u => u.MustChangePassword).SingleAsync())).ShouldBeFalse();
        mail.Sink.Connections.ShouldBe(0);
    }

    static async Task<HttpResponseMessage> ChangeAsync(HttpClient client, string current, string next) =>
        await client.PostAsync("/Akun/KataSandi", await SakipWebFactory.FormAsync(client, "/Akun/KataSandi", new()
        {
            ["Form.SandiSaatIni"] = current,
            ["Form.SandiBaru"] = next,
            ["Form.Konfirmasi"] = next,
        }));

    [GeneratedRegex(@"https://sakip\.uji/Akun/AturUlang\?\S+")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<code id=\"sandi-sekali\"[^>]*>([^<]+)</code>")]
    private static partial Regex OneTimePattern();
}
