using System.Text;
using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// What a user sees of the hardening of issue #7: a warning to confirm, an edit that someone else saved first, and an
/// evidence file removed with its reason; screenshots kept as artefacts.
/// </summary>
public sealed class HardeningJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    const string Entry = "/Pengukuran/Isi?indikator=ITKP&tahun=2022&periode=tw1";

    [Fact]
    public async Task A_negative_realisation_is_saved_only_after_simpan_tetap()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");
        await page.GotoAsync(session.BaseUrl + Entry);

        await page.GetByLabel("Realisasi", new() { Exact = true }).FillAsync("-5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await page.GetByText("bernilai negatif").First.WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("isi-peringatan-simpan-tetap.png"), FullPage = true });
        (await page.GetByLabel("Realisasi", new() { Exact = true }).InputValueAsync()).ShouldBe("-5");
        (await page.Locator(".validation-summary-errors.alert-warning").CountAsync()).ShouldBe(1, "a warning to confirm is amber, not an error");
        await page.Locator("#Konfirmasi").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();

        await page.GetByText("Realisasi tersimpan.").WaitForAsync();
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_value_shows_their_value_and_keeps_what_was_typed()
    {
        var first = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var second = await session.SignedInPageAsync("admin@demo.sakip.id");
        const string url = "/Pengukuran/Isi?indikator=ITKP&tahun=2022&periode=tw2";
        await first.GotoAsync(session.BaseUrl + url);
        await second.GotoAsync(session.BaseUrl + url);
        await second.GetByLabel("Realisasi", new() { Exact = true }).FillAsync("71,5");
        await second.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await second.GetByText("Realisasi tersimpan.").WaitForAsync();

        await first.GetByLabel("Realisasi", new() { Exact = true }).FillAsync("69");
        await first.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();

        await first.GetByText("sejak Anda membukanya").First.WaitForAsync();
        (await first.Locator(".validation-summary-errors").InnerTextAsync()).ShouldContain("71,5");
        (await first.GetByLabel("Realisasi", new() { Exact = true }).InputValueAsync()).ShouldBe("69");
        await first.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("isi-konflik-versi.png"), FullPage = true });
    }

    [Fact]
    public async Task An_evidence_file_removed_with_a_reason_stays_in_the_history()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");
        const string url = "/Pengukuran/Isi?indikator=ITKP&tahun=2022&periode=tw3";
        await page.GotoAsync(session.BaseUrl + url);
        await page.GetByLabel("Realisasi", new() { Exact = true }).FillAsync("70");
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "notulen-rapat.pdf",
            MimeType = "application/pdf",
            Buffer = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan", Exact = true }).ClickAsync();
        await page.GetByText("Realisasi tersimpan.").WaitForAsync();

        await page.GetByText("Hapus bukti ini").ClickAsync();
        await page.GetByPlaceholder("Alasan penghapusan").FillAsync("Salah unggah: notulen triwulan lain.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Hapus", Exact = true }).ClickAsync();

        await page.Locator("#riwayat-bukti").GetByText("Salah unggah: notulen triwulan lain.").WaitForAsync();
        (await page.Locator("#riwayat-bukti").InnerTextAsync()).ShouldContain("notulen-rapat.pdf");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("isi-bukti-dihapus.png"), FullPage = true });
    }
}
