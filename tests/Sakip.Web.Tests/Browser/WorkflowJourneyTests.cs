using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Workflow;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// The approval cycle as people use it (issue #10): the Perencana submits a quarter and the PK, the Verifikator of the
/// province finds both in the inbox, returns one with a note and approves the other; the return notice and a
/// deadline reminder arrive by e-mail in an SMTP sink. Screenshots kept as artefacts.
/// </summary>
public sealed class WorkflowJourneyTests(MailBrowserSession session) : IClassFixture<MailBrowserSession>
{
    [Fact]
    public async Task Planner_submits_a_quarter_and_the_pk_the_verifier_returns_one_and_approves_the_other_and_mail_arrives()
    {
        // A window of this year's fourth quarter closing in three days: the Perencana of Setda is due a reminder.
        var zone = IndonesianTimeZones.Find("WIB")!;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);
        await session.App.QueryAsync(db =>
        {
            db.Schedules.Add(new ScheduleEntity { Kind = CycleObject.Realisation, Year = today.Year, Period = Period.Q4, ClosesOn = today.AddDays(3), Policy = LatePolicy.Mark });
            return db.SaveChangesAsync();
        });
        var planner = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var verifier = await session.SignedInPageAsync("verifikator@demo.sakip.id");
        var admin = await session.SignedInPageAsync("admin@demo.sakip.id");

        await planner.GotoAsync($"{session.BaseUrl}/Alur/Objek?instansi=SETDA&objek=realisasi&tahun=2021&periode=tw4");
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-objek-draf.png"), FullPage = true });
        await planner.Locator("#ajukan").ClickAsync();
        await planner.Locator("#status").GetByText("Diajukan").WaitForAsync();
        await planner.GotoAsync($"{session.BaseUrl}/PerjanjianKinerja?instansi=SETDA&tahun=2021");
        await planner.GetByRole(AriaRole.Link, new() { Name = "Belum diajukan" }).ClickAsync();
        await planner.Locator("#ajukan").ClickAsync();
        await planner.Locator("#status").GetByText("Diajukan").WaitForAsync();

        await verifier.GotoAsync($"{session.BaseUrl}/Alur/Kotak");
        var waiting = verifier.Locator("#verifikasi tbody tr");
        (await waiting.CountAsync()).ShouldBe(2);
        (await verifier.Locator("#kotak-jumlah").InnerTextAsync()).ShouldBe("2");
        await verifier.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-kotak-verifikator.png"), FullPage = true });
        await verifier.GetByRole(AriaRole.Link, new() { Name = "Realisasi Triwulan IV 2021" }).ClickAsync();
        await verifier.Locator("#catatan-kembali").FillAsync("Lengkapi bukti dukung realisasi EKPPD.");
        await verifier.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-objek-verifikasi.png"), FullPage = true });
        await verifier.Locator("#kembalikan").ClickAsync();
        await verifier.Locator("#status").GetByText("Dikembalikan").WaitForAsync();
        await verifier.GotoAsync($"{session.BaseUrl}/Alur/Kotak");
        await verifier.GetByRole(AriaRole.Link, new() { Name = "Perjanjian Kinerja 2021" }).ClickAsync();
        await verifier.Locator("#setujui").ClickAsync();
        await verifier.Locator("#status").GetByText("Disetujui").WaitForAsync();
        await verifier.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-objek-disetujui.png"), FullPage = true });
        await verifier.GotoAsync($"{session.BaseUrl}/Alur?instansi=KALTIM&tahun=2021");
        await verifier.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-status.png"), FullPage = true });

        await planner.GotoAsync($"{session.BaseUrl}/Alur/Kotak");
        (await planner.Locator("#dikembalikan").InnerTextAsync()).ShouldContain("Lengkapi bukti dukung realisasi EKPPD.");
        (await planner.Locator("#jatuh-tempo").InnerTextAsync()).ShouldContain($"Realisasi Triwulan IV {today.Year}");
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-kotak-perencana.png"), FullPage = true });

        await admin.GotoAsync($"{session.BaseUrl}/Admin/Notifikasi");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Kirim pengingat sekarang" }).ClickAsync();
        await admin.WaitForLoadStateAsync(LoadState.NetworkIdle);

        var returned = await session.Sink.WaitForAsync(m => m.To.Contains("perencana@demo.sakip.id") && m.Body.Contains("Lengkapi bukti dukung realisasi EKPPD."));
        var reminder = await session.Sink.WaitForAsync(m => m.To.Contains("perencana@demo.sakip.id") && m.Subject.Contains("Pengingat"));
        returned.Subject.ShouldContain("Realisasi Triwulan IV 2021");
        reminder.Subject.ShouldContain($"Triwulan IV {today.Year}");
        await admin.ReloadAsync();
        await admin.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-notifikasi.png"), FullPage = true });
        (await session.App.QueryAsync(db => db.WorkflowItems.AsNoTracking().Where(i => i.Year == 2021).Select(i => i.Status).ToListAsync()))
            .ShouldBe([ApprovalStatus.Returned, ApprovalStatus.Approved], ignoreOrder: true);
    }
}
