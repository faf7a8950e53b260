using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;
using Sakip.Web.Tests.Browser;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>In Chromium: the Perencana records the follow-up of a demo recommendation with evidence; the Evaluator closes it.</summary>
public sealed class TindakLanjutJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Planner_records_an_action_with_evidence_and_the_evaluator_closes_the_recommendation()
    {
        var planner = await session.SignedInPageAsync("perencana@demo.sakip.id");
        await planner.GotoAsync($"{session.BaseUrl}/Evaluasi/TindakLanjut?instansi=SETDA&filter=belum-selesai");
        var card = planner.Locator("article").Filter(new() { Has = planner.GetByRole(AriaRole.Heading, new() { Name = "Rekomendasi 3.g" }) });
        await card.GetByRole(AriaRole.Link, new() { Name = "Tambah rencana aksi" }).ClickAsync();
        await planner.GetByLabel("Rencana aksi").FillAsync("Menyusun cascading kinerja sampai eselon IV dan menetapkannya dengan keputusan Sekda");
        await planner.GetByLabel("Penanggung jawab").FillAsync("Kepala Bagian Perencanaan");
        await planner.GetByLabel("Batas waktu").FillAsync("2022-06-30");
        await planner.GetByLabel("Status").SelectOptionAsync("sudah");
        await planner.GetByLabel("Hasil tindak lanjut").FillAsync("Cascading kinerja ditetapkan dengan Keputusan Sekda Nomor 061/123/2022.");
        await planner.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await planner.GetByText("Rencana aksi disimpan. Status rekomendasi 3.g: Sudah.").WaitForAsync();

        await card.GetByRole(AriaRole.Link, new() { Name = "0 berkas" }).ClickAsync();
        await planner.GetByLabel("Berkas (PDF").SetInputFilesAsync(new FilePayload
        {
            Name = "sk-cascading.pdf",
            MimeType = "application/pdf",
            Buffer = "%PDF-1.4 keputusan Sekda"u8.ToArray(),
        });
        await planner.GetByRole(AriaRole.Button, new() { Name = "Unggah" }).ClickAsync();
        await planner.GetByText("Bukti dukung sk-cascading.pdf diunggah.").WaitForAsync();
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-tindak-lanjut-bukti.png"), FullPage = true });

        var evaluator = await session.SignedInPageAsync("evaluator@demo.sakip.id");
        await evaluator.GotoAsync($"{session.BaseUrl}/Evaluasi/TindakLanjut?instansi=SETDA&filter=menunggu-verifikasi");
        var waiting = evaluator.Locator("article").Filter(new() { Has = evaluator.GetByRole(AriaRole.Heading, new() { Name = "Rekomendasi 3.g" }) });
        (await waiting.InnerTextAsync()).ShouldContain("1 berkas");
        await waiting.GetByRole(AriaRole.Link, new() { Name = "Verifikasi" }).ClickAsync();
        await evaluator.GetByLabel("Tutup: tindak lanjut sudah memadai").CheckAsync();
        await evaluator.GetByLabel("Catatan verifikasi").FillAsync("Keputusan Sekda tentang cascading kinerja sudah diterima.");
        await evaluator.GetByRole(AriaRole.Button, new() { Name = "Simpan verifikasi" }).ClickAsync();
        await evaluator.GetByText("Rekomendasi 3.g ditutup.").WaitForAsync();

        // An action past its due date on another recommendation, to see how overdue actions are marked.
        await session.App.QueryAsync(async db => await FollowUpWrites.AddAsync(db,
            await db.Recommendations.Where(r => r.Year == 2020 && r.Number == "3.h").Select(r => r.Id).SingleAsync(),
            new FollowUpAction("Mereviu IKU bersama Biro Organisasi", "Kepala Bagian Perencanaan", new DateOnly(2021, 3, 31), FollowUpStatus.InProgress, null),
            "uji", DateTimeOffset.UtcNow, default));
        await planner.GotoAsync($"{session.BaseUrl}/Evaluasi/TindakLanjut?instansi=SETDA&tahun=2020");
        var closed = planner.Locator("article").Filter(new() { Has = planner.GetByRole(AriaRole.Heading, new() { Name = "Rekomendasi 3.g" }) });
        (await closed.InnerTextAsync()).ShouldContain("Ditutup evaluator");
        (await closed.GetByRole(AriaRole.Link, new() { Name = "Tambah rencana aksi" }).CountAsync()).ShouldBe(0);
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-tindak-lanjut.png"), FullPage = false });
        await closed.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-tindak-lanjut-ditutup.png") });
        var overdue = planner.Locator("#aksi-" + await session.App.QueryAsync(db => db.FollowUpActions.Where(a => a.Plan.StartsWith("Mereviu IKU")).Select(a => a.Id).SingleAsync()));
        (await overdue.InnerTextAsync()).ShouldContain("Terlambat");
        await planner.Locator("article").Filter(new() { Has = overdue }).ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("evaluasi-tindak-lanjut-terlambat.png") });
    }
}
