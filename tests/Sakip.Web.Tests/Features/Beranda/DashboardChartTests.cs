using System.Net;
using Sakip.Web.Features.Beranda;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Beranda;

public sealed class DashboardChartTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task The_dashboard_shows_each_chart_as_an_image_with_its_figures_as_text()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Beranda?instansi=SETDA&tahun=2021"));

        foreach (var kind in new[] { BerandaCharts.Indicators, BerandaCharts.Objectives, BerandaCharts.Budget, BerandaCharts.Trend })
        {
            html.ShouldContain($"src=\"/Beranda?handler=Grafik&instansi=SETDA&tahun=2021&jenis={kind}\"");
        }
        html.ShouldContain("alt=\"Capaian indikator 2021 menurut kategori: grafik batang");
        html.ShouldContain("<caption>Capaian sasaran 2021</caption>");
    }

    [Fact]
    public async Task A_chart_is_a_small_SVG_revalidated_by_its_ETag()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string chart = "/Beranda?handler=Grafik&instansi=SETDA&tahun=2021&jenis=indikator";

        var first = await client.GetAsync(chart);
        var svg = await first.Content.ReadAsStringAsync();
        using var again = new HttpRequestMessage(HttpMethod.Get, chart);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Content.Headers.ContentType?.MediaType.ShouldBe("image/svg+xml");
        svg.ShouldStartWith("<svg");
        svg.ShouldNotContain("style=");
        svg.Length.ShouldBeLessThan(20_000);
        second.StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("/Beranda?handler=Grafik&instansi=SETDA&tahun=2021&jenis=pai")]
    [InlineData("/Beranda?handler=Grafik&instansi=KALTIM&tahun=2021&jenis=indikator")]
    public async Task An_unknown_chart_or_a_unit_outside_the_scope_is_404(string chart)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(chart);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Extreme_figures_draw_without_failing_and_no_value_is_not_drawn_as_zero()
    {
        var svg = SvgChart.Bars(
            [new BerandaCharts.Bar("Sangat besar", decimal.MaxValue, "#000", null), new BerandaCharts.Bar("Negatif", decimal.MinValue, "#000", null),
             new BerandaCharts.Bar("Kosong", null, "#000", null)], " %", 100m);
        var trend = SvgChart.Lines(["2020", "2021"], [new BerandaCharts.Series("S1 <Sasaran & uji>", [decimal.MaxValue, null])], " %");

        svg.ShouldContain("tidak ada nilai");
        trend.ShouldContain("S1 &lt;Sasaran &amp; uji&gt;");
    }
}
