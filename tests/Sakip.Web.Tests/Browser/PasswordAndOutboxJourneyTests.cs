using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sakip.Data;
using Sakip.Data.Workflow;

namespace Sakip.Web.Tests.Browser;

/// <summary>The outbox page, the one-time password reset (mail off) and the forced password change in a real browser, with screenshots.</summary>
public sealed class PasswordAndOutboxJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_sees_the_outbox_newest_first()
    {
        await using (var scope = session.App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<SakipDb>();
            var now = DateTimeOffset.UtcNow;
            db.Notifications.AddRange(
                new NotificationEntity { Kind = "pengingat:sebelum", ToAddress = "perencana@demo.sakip.id", ToName = "Perencana Setda (demo)", Subject = "[Sakip] Pengingat: batas waktu Realisasi Triwulan IV 2021", CreatedAt = now.AddHours(-2), SentAt = now.AddHours(-2), Attempts = 1 },
                new NotificationEntity { Kind = "alur:kembalikan", ToAddress = "perencana@demo.sakip.id", ToName = "Perencana Setda (demo)", Subject = "[Sakip] Perjanjian Kinerja 2021 Sekretariat Daerah: dikembalikan untuk diperbaiki", CreatedAt = now.AddMinutes(-5), Attempts = 2, LastError = "SocketException: Connection refused" },
                new NotificationEntity { Kind = "alur:ajukan", ToAddress = "verifikator@demo.sakip.id", ToName = "Verifikator Pemprov (demo)", Subject = "[Sakip] Realisasi Triwulan I 2022 Sekretariat Daerah: diajukan untuk diverifikasi", CreatedAt = now });
            await db.SaveChangesAsync();
        }
        var page = await session.SignedInPageAsync("admin@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/Admin/Notifikasi");

        (await page.Locator("tbody tr").First.InnerTextAsync()).ShouldContain("diajukan untuk diverifikasi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pengingat sekarang" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("admin-notifikasi.png"), FullPage = true });
    }

    [Fact]
    public async Task A_one_time_password_is_shown_once_and_the_user_must_change_it()
    {
        var admin = await session.SignedInPageAsync("admin@demo.sakip.id");
        await admin.GotoAsync($"{session.BaseUrl}/Admin/Akun");
        var row = admin.Locator("tr", new() { HasText = "pimpinan@demo.sakip.id" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Buat sandi sekali pakai" }).ClickAsync();
        var oneTime = await admin.Locator("#sandi-sekali").InnerTextAsync();
        await admin.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("admin-akun-sandi-sekali-pakai.png") });

        var user = await session.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1366, Height = 900 } });
        await user.GotoAsync($"{session.BaseUrl}/Akun/Masuk");
        await user.GetByLabel("Surel").FillAsync("pimpinan@demo.sakip.id");
        await user.GetByLabel("Kata sandi").FillAsync(oneTime);
        await user.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await user.WaitForURLAsync("**/Akun/KataSandi");
        await user.GetByLabel("Kata sandi saat ini").FillAsync("bukan-sandinya");
        await user.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync("Sandi-Pimpinan-2026");
        await user.GetByLabel("Ulangi kata sandi baru").FillAsync("Sandi-Pimpinan-2026");
        await user.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await user.GetByText("Kata sandi saat ini salah.").WaitForAsync();
        await user.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("akun-kata-sandi-wajib-ganti.png"), FullPage = true });
        await user.GetByLabel("Kata sandi saat ini").FillAsync(oneTime);
        await user.GetByLabel("Kata sandi baru", new() { Exact = true }).FillAsync("Sandi-Pimpinan-2026");
        await user.GetByLabel("Ulangi kata sandi baru").FillAsync("Sandi-Pimpinan-2026");
        await user.GetByRole(AriaRole.Button, new() { Name = "Simpan kata sandi" }).ClickAsync();
        await user.WaitForURLAsync("**/Beranda");

        oneTime.Length.ShouldBe(16);
        (await user.GetByRole(AriaRole.Status).First.InnerTextAsync()).ShouldContain("Kata sandi Anda telah diubah");
    }
}
