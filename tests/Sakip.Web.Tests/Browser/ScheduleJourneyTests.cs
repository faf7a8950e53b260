using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data;
using Sakip.Data.Workflow;

namespace Sakip.Web.Tests.Browser;

/// <summary>The Admin fills the 2021 schedules from the defaults in a real browser, then reads the timeliness record; screenshots kept.</summary>
public sealed class ScheduleJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_fills_the_defaults_with_the_keyboard_and_reads_the_timeliness_record()
    {
        var page = await session.SignedInPageAsync("admin@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/Admin/Jadwal?tahun=2021");
        await page.GetByLabel("Tanggal penetapan anggaran (DPA), bila sudah").FillAsync("2021-01-15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Isi dengan usulan bawaan" }).PressAsync("Enter");
        await page.Locator("#jadwal tr[data-id]").First.WaitForAsync();

        (await page.Locator("#jadwal").InnerTextAsync()).ShouldContain("31-01-2022 pukul 23.59 WIB");
        (await page.Locator("#jadwal").InnerTextAsync()).ShouldContain("15-02-2021 pukul 23.59 WIB");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("admin-jadwal-2021.png"), FullPage = true });

        await SubmitAsync(("SETDA", CycleObject.Agreement, Period.Annual, "2021-02-15T23:59:00+07:00"), ("SETDA", CycleObject.Realisation, Period.Q1, "2021-04-14T10:00:00+07:00"),
            ("SETDA", CycleObject.Realisation, Period.Q2, "2021-07-16T00:00:00+07:00"), ("POD", CycleObject.Realisation, Period.Q1, "2021-04-16T08:00:00+07:00"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Ketepatan waktu 2021" }).ClickAsync();
        var setda = page.Locator("#ketepatan tr[data-kode='SETDA']");
        await setda.WaitForAsync();

        (await setda.Locator("td[data-kunci='realisasi-tw2']").InnerTextAsync()).ShouldContain("Terlambat");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("alur-ketepatan-2021.png"), FullPage = true });
    }

    async Task SubmitAsync(params (string Unit, CycleObject Kind, Period Period, string At)[] submissions)
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDb>();
        foreach (var (unit, kind, period, at) in submissions)
        {
            var when = DateTimeOffset.Parse(at, CultureInfo.InvariantCulture);
            db.WorkflowItems.Add(new WorkflowItemEntity
            {
                UnitId = db.Units.Single(u => u.Code == unit).Id,
                Kind = kind,
                Year = 2021,
                Period = period,
                Status = ApprovalStatus.Submitted,
                FirstSubmittedAt = when,
                SubmittedAt = when,
            });
        }
        await db.SaveChangesAsync();
    }
}
