using System.Net;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Anggaran;

public sealed class BudgetTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public BudgetTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Biro_Umum_shows_its_program_with_absorption_explained()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Anggaran?instansi=UMUM&tahun=2021");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI");
        html.ShouldContain("Rp 181.890.576.352");
        html.ShouldContain(">82,68<");
        html.ShouldContain("Penyerapan = 150.394.102.691 / 181.890.576.352 × 100 = 82,68 %");
    }

    [Fact]
    public async Task Setda_shows_budget_grouped_by_biro_and_absorption_and_efficiency_per_sasaran()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Anggaran?tahun=2021"));

        html.ShouldContain("<th colspan=\"10\">Biro Umum</th>");
        html.ShouldContain("<td>S4</td>");
        html.ShouldContain("Efisiensi = ");
    }

    [Fact]
    public async Task A_unit_outside_the_scope_is_not_found()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        (await client.GetAsync("/Anggaran?instansi=DPUPR")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
