using System.Net;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Beranda;

public sealed class DashboardTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public DashboardTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Demo_planner_sees_the_2021_dashboard_of_Setda()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Beranda");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Sekretariat Daerah Provinsi Kalimantan Timur");
        html.ShouldContain("Kinerja 2021");
        html.ShouldContain("99,79 %");
        html.ShouldContain("Capaian = 3,0885 / 3,095 × 100 = 99,79 %");
    }

    [Fact]
    public async Task A_unit_without_indicators_offers_the_units_below_or_else_its_plan()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var top = Text(await client.GetStringAsync("/Beranda"));
        var bureau = Text(await client.GetStringAsync("/Beranda?instansi=POD"));

        top.ShouldContain("Pemerintah Provinsi Kalimantan Timur belum memiliki indikator kinerja sendiri. Pilih unit di bawahnya");
        top.ShouldContain("<a href=\"/Beranda?instansi=SETDA&tahun=2021\">Setda</a>");
        bureau.ShouldContain("Biro Pemerintahan dan Otonomi Daerah belum memiliki indikator kinerja sendiri. Indikator ditambahkan di Perencanaan");
        bureau.ShouldContain("href=\"/Perencanaan?instansi=POD\"");
        bureau.ShouldNotContain("Semua realisasi triwulan yang bertarget sudah diisi.");
    }

    [Fact]
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await app.Client().GetAsync("/Beranda");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    /// <summary>The page as one line: the view wraps its sentences over several.</summary>
    static string Text(string html) => System.Text.RegularExpressions.Regex.Replace(WebUtility.HtmlDecode(html), "\\s+", " ");
}
