using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

public sealed class MeasurementJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Planner_signs_in_sees_the_dashboard_and_enters_a_quarter_with_its_explained_capaian()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");

        var card = page.Locator("article[data-indikator='EKPPD']");
        (await card.Locator(".capaian").InnerTextAsync()).ShouldBe("99,79 %");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("beranda-setda-2021.png"), FullPage = true });

        await page.GotoAsync($"{session.BaseUrl}/Pengukuran/Isi?indikator=KERJASAMA&tahun=2021&periode=tw2");
        await page.GetByLabel("Realisasi").FillAsync("40");
        await page.Locator("#capaian").Filter(new() { HasText = "88,89 %" }).WaitForAsync();
        (await page.Locator("#penjelasan").InnerTextAsync()).ShouldContain("Capaian = 40 / 45 × 100 = 88,89 %");
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan" }).ClickAsync();

        await page.GetByText("Realisasi tersimpan.").WaitForAsync();
        (await page.Locator("#capaian").InnerTextAsync()).ShouldBe("88,89 %");
        (await page.Locator("#penjelasan").InnerTextAsync()).ShouldContain("Target Triwulan II 2021");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("pengukuran-kerjasama-tw2.png"), FullPage = true });
    }

    [Fact]
    public async Task The_comparison_chart_is_drawn_by_Chart_js_from_the_same_figures_as_the_table()
    {
        var page = await session.SignedInPageAsync("pimpinan@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/Perbandingan?indikator=SAKIP_MIN_B");
        var realised = await page.EvaluateAsync<double[]>(
            "() => Chart.getChart('grafik-perbandingan').data.datasets.find(d => d.label === 'Realisasi').data.filter(v => v !== null)");

        realised.ShouldBe([78.38, 75.675675675675675675675675680], tolerance: 0.0001);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("perbandingan-sakip-min-b.png"), FullPage = true });
    }
}
