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
    public async Task Anonymous_visitor_is_sent_to_sign_in()
    {
        var response = await app.Client().GetAsync("/Beranda");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }
}
