using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>Evidence of a target and of a PK in a real browser: upload, replace with a reason; screenshots kept as artefacts.</summary>
public sealed class EvidenceJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task A_planner_marks_evidence_required_uploads_a_targets_basis_and_replaces_it()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var pdf = Path.Combine(Path.GetTempPath(), $"dasar-target-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4 dasar target");

        await page.GotoAsync($"{session.BaseUrl}/Perencanaan/Indikator?kode=EKPPD");
        await page.GetByLabel("Bukti dukung wajib").CheckAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("indikator-bukti-wajib.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Perencanaan?instansi=*");

        await page.GotoAsync($"{session.BaseUrl}/Perencanaan/BuktiTarget?indikator=EKPPD&tahun=2021&jenis=tw2");
        await page.GetByLabel("Unggah bukti dukung (PDF, gambar, XLSX, DOCX; maks. 20 MB)").SetInputFilesAsync(pdf);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        await page.Locator("#bukti a").First.WaitForAsync();
        await page.GetByText("Ganti berkas").ClickAsync();
        await page.Locator("input[name=berkas]").SetInputFilesAsync(pdf);
        await page.Locator("input[name=alasan]").First.FillAsync("Dasar target direvisi setelah rapat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ganti", Exact = true }).ClickAsync();
        await page.Locator("#riwayat-bukti").WaitForAsync();

        (await page.Locator("#riwayat-bukti").InnerTextAsync()).ShouldContain("diganti oleh");
        (await page.Locator("body").InnerTextAsync()).ShouldContain("Bukti dukung wajib untuk indikator ini");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("bukti-target.png"), FullPage = true });
    }

    [Fact]
    public async Task A_planner_uploads_the_signed_scan_of_the_PK()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var pdf = Path.Combine(Path.GetTempPath(), $"pk-ttd-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4 pk");

        await page.GotoAsync($"{session.BaseUrl}/PerjanjianKinerja?instansi=SETDA&tahun=2021");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pindaian bertanda tangan" }).ClickAsync();
        await page.GetByLabel("Unggah pindaian PK yang sudah ditandatangani (PDF atau gambar; maks. 20 MB)").SetInputFilesAsync(pdf);
        await page.GetByRole(AriaRole.Button, new() { Name = "Unggah", Exact = true }).ClickAsync();
        await page.Locator("#bukti a").First.WaitForAsync();

        (await page.Locator("#bukti").InnerTextAsync()).ShouldContain("pk-ttd-");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("bukti-pk.png"), FullPage = true });
    }
}
