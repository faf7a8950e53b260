using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>The screens a new user met with the defects of issue #7 (class 9), as a browser shows them; screenshots kept as artefacts.</summary>
public sealed class ScreenMessagesJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_verifikator_returns_without_a_note_and_keeps_the_entry_then_approval_moves_the_note_to_history()
    {
        var planner = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var verifier = await session.SignedInPageAsync("verifikator@demo.sakip.id");
        var url = $"{session.BaseUrl}/Pengukuran/Isi?indikator=PEREKONOMIAN&tahun=2021&periode=tw4";
        await planner.GotoAsync(url);
        await planner.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk verifikasi" }).ClickAsync();
        await planner.GetByText("Realisasi diajukan untuk diverifikasi.").WaitForAsync();

        await verifier.GotoAsync(url);
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        await verifier.GetByText("Catatan pengembalian wajib diisi.").First.WaitForAsync();

        (await verifier.GetByLabel("Realisasi").InputValueAsync()).ShouldNotBeEmpty();
        await verifier.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("isi-kembalikan-tanpa-catatan.png"), FullPage = true });

        await verifier.GetByPlaceholder("Catatan pengembalian").FillAsync("Lampirkan notulen rapat koordinasi.");
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Kembalikan" }).ClickAsync();
        await verifier.GetByText("Realisasi dikembalikan dengan catatan.").WaitForAsync();
        await planner.GotoAsync(url);
        await planner.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await planner.GetByText("Realisasi tersimpan.").WaitForAsync();
        await planner.GetByRole(AriaRole.Button, new() { Name = "Ajukan untuk verifikasi" }).ClickAsync();
        await planner.GetByText("Realisasi diajukan untuk diverifikasi.").WaitForAsync();
        await verifier.GotoAsync(url);
        await verifier.GetByRole(AriaRole.Button, new() { Name = "Setujui" }).ClickAsync();
        await verifier.GetByText("Realisasi disetujui dan dikunci.").WaitForAsync();

        (await verifier.Locator("#catatan-lama").InnerTextAsync()).ShouldContain("Lampirkan notulen rapat koordinasi.");
        (await verifier.GetByText("Catatan verifikator:").CountAsync()).ShouldBe(0);
        await verifier.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("isi-disetujui-riwayat.png"), FullPage = true });
    }

    [Fact]
    public async Task The_PK_form_lists_every_error_by_indicator_name_and_a_unit_without_indicators_is_sent_to_its_plan()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2022");
        await page.Locator("input[name='Form.Target[1].Nilai']").FillAsync("tiga");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan Perjanjian Kinerja" }).ClickAsync();
        await page.GetByText("Nama pihak pertama wajib diisi.").First.WaitForAsync();
        (await page.Locator(".validation-summary-errors li").CountAsync()).ShouldBeGreaterThan(2);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("pk-isi-semua-kesalahan.png"), FullPage = true });

        await page.GotoAsync($"{session.BaseUrl}/PerjanjianKinerja?instansi=SETDA&tahun=2021");
        await page.Locator("tr[data-unit='POD']").GetByRole(AriaRole.Link, new() { Name = "Susun PK" }).ClickAsync();
        await page.Locator("#tanpa-indikator").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("pk-isi-tanpa-indikator.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "Buka Perencanaan Biro POD" }).ClickAsync();
        await page.WaitForURLAsync("**/Perencanaan?instansi=POD");
    }

    [Fact]
    public async Task The_admin_lands_on_the_latest_year_with_data_and_the_sign_in_page_says_Surel()
    {
        var anonymous = await session.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1366, Height = 900 } });
        await anonymous.GotoAsync($"{session.BaseUrl}/Akun/Masuk");
        await anonymous.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await anonymous.GetByText("Surel wajib diisi.").WaitForAsync();
        await anonymous.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("masuk-pesan-surel.png"), FullPage = true });

        var page = await session.SignedInPageAsync("admin@demo.sakip.id");

        (await page.Locator("h1").InnerTextAsync()).ShouldContain("2021");
        (await page.Locator("#tahun").InputValueAsync()).ShouldBe("2021");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("beranda-admin-tahun-data.png"), FullPage = true });

        await page.GotoAsync($"{session.BaseUrl}/Pengukuran?instansi=POD");
        await page.Locator("#tanpa-indikator").GetByRole(AriaRole.Link, new() { Name = "Perencanaan Biro POD" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("pengukuran-tanpa-indikator.png"), FullPage = true });
        await page.GotoAsync($"{session.BaseUrl}/Anggaran?instansi=SETDA&tahun=2019");
        await page.Locator("#tanpa-anggaran").GetByRole(AriaRole.Link, new() { Name = "Impor/Ekspor" }).WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("anggaran-tanpa-data.png"), FullPage = true });
    }
}
