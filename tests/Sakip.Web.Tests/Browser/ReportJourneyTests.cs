using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Sakip.Data.Reporting;

namespace Sakip.Web.Tests.Browser;

/// <summary>The Laporan area, the public page and the dashboard charts as a browser shows them (issue #8); screenshots kept as artefacts.</summary>
public sealed class ReportJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task The_planner_writes_a_section_and_the_report_page_no_longer_lists_it_as_empty()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/Laporan?instansi=SETDA&tahun=2022");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("laporan-daftar.png"), FullPage = true });
        await page.Locator("#narasi-kosong").GetByRole(AriaRole.Link, new() { Name = "Kata Pengantar" }).ClickAsync();
        await page.Locator("textarea[name='Form.Teks']").FillAsync("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya LKjIP Sekretariat Daerah Tahun 2021.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await page.GetByText("Kata Pengantar disimpan.").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("laporan-narasi.png"), FullPage = true });
        await page.GotoAsync($"{session.BaseUrl}/Laporan?instansi=SETDA&tahun=2022");

        (await page.Locator("#narasi-kosong").InnerTextAsync()).ShouldNotContain("Kata Pengantar");
        (await page.Locator("#narasi-kosong").InnerTextAsync()).ShouldContain("Bab IV — Penutup");
    }

    [Fact]
    public async Task The_dashboard_charts_load_as_images_and_the_public_page_opens_without_sign_in()
    {
        var page = await session.SignedInPageAsync("pimpinan@demo.sakip.id");
        var anonymous = await session.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1366, Height = 900 } });

        await page.GotoAsync($"{session.BaseUrl}/Beranda?instansi=SETDA&tahun=2021");
        await page.Locator("#grafik-judul").ScrollIntoViewIfNeededAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var widths = await page.Locator("figure[data-grafik] img").EvaluateAllAsync<int[]>("images => images.map(i => i.naturalWidth)");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("beranda-grafik.png"), FullPage = true });
        await page.GotoAsync($"{session.BaseUrl}/Laporan?instansi=SETDA&tahun=2021");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("laporan-pimpinan.png"), FullPage = true });
        await anonymous.GotoAsync($"{session.BaseUrl}/Publik");
        var before = await anonymous.Locator("#belum-ada-publikasi").CountAsync();
        await session.App.QueryAsync(async db =>
        {
            db.PublishedReports.Add(new()
            {
                UnitId = await db.Units.Where(u => u.Code == "POD").Select(u => u.Id).SingleAsync(),
                Year = 2021,
                Kind = PublishedReportKind.Agreement,
                FileName = "PK-POD-2021.pdf",
                Content = "%PDF-1.7"u8.ToArray(),
                PublishedAt = DateTimeOffset.UtcNow,
                PublishedBy = "Kepala Biro POD",
            });
            return await db.SaveChangesAsync();
        });
        await anonymous.ReloadAsync();
        await anonymous.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("publik.png"), FullPage = true });

        widths.Length.ShouldBe(4);
        widths.ShouldAllBe(w => w > 0);
        before.ShouldBe(1);
        (await anonymous.GetByRole(AriaRole.Link, new() { Name = "Perjanjian Kinerja 2021" }).CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task Edit_a_section_preview_publish_and_find_the_LKjIP_on_the_public_page()
    {
        var planner = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var leader = await session.SignedInPageAsync("pimpinan@demo.sakip.id");
        var anonymous = await session.Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1366, Height = 900 } });

        await planner.GotoAsync($"{session.BaseUrl}/Laporan/Narasi?instansi=SETDA&tahun=2021&bagian=penutup");
        await planner.Locator("textarea[name='Form.Teks']").FillAsync("Secara umum kinerja Sekretariat Daerah tahun 2021 tercapai dengan kategori sangat tinggi.");
        await planner.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();
        await planner.GetByText("Bab IV — Penutup disimpan.").WaitForAsync();
        await planner.GotoAsync($"{session.BaseUrl}/Laporan/Pratinjau?instansi=SETDA&tahun=2021&dokumen=lkjip");
        await planner.Locator("article.report-preview").GetByText("kategori sangat tinggi", new() { Exact = false }).First.WaitForAsync();
        await planner.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("laporan-pratinjau.png"), FullPage = true });
        await leader.GotoAsync($"{session.BaseUrl}/Laporan?instansi=SETDA&tahun=2021");
        await leader.Locator("tr[data-dokumen='lkjip']").GetByRole(AriaRole.Button, new() { Name = "Terbitkan" }).ClickAsync();
        await leader.GetByText("diterbitkan dan tampil di halaman publik").WaitForAsync(new() { Timeout = 120_000 });
        await anonymous.GotoAsync($"{session.BaseUrl}/Publik");
        await anonymous.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("publik-terbit.png"), FullPage = true });

        (await anonymous.GetByRole(AriaRole.Link, new() { Name = "Laporan Kinerja (LKjIP) 2021" }).CountAsync()).ShouldBe(1);
    }
}
