using System.Net;
using System.Text.RegularExpressions;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perbandingan;

public sealed partial class ComparisonTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task Sakip_min_b_compares_2020_and_2021_against_the_2023_Renstra_end_target()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Perbandingan?indikator=SAKIP_MIN_B");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Target akhir Renstra:");
        html.ShouldContain("(tahun 2023)");
        Row(html, 2020).ShouldContain(">78,38<");
        var row2021 = Row(html, 2021);
        row2021.ShouldContain(">98,28<");
        row2021.ShouldContain(">-3,45<");
        row2021.ShouldContain(">93,43<");
        row2021.ShouldContain("Capaian = 75,6757 / 77 × 100 = 98,28 %");
        row2021.ShouldContain("Tingkat kemajuan terhadap target akhir Renstra (2023)");
        html.ShouldContain("data-seri=\"{\"tahun\":[2019,2020,2021,2022,2023]");
    }

    [Fact]
    public async Task Unchanged_realisation_shows_a_change_of_zero()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Perbandingan?indikator=EKPPD"));

        Row(html, 2021).ShouldContain(">0,00<");
    }

    [Fact]
    public async Task Without_an_indicator_the_units_indicators_are_offered()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Perbandingan"));

        html.ShouldContain("/Perbandingan?indikator=SAKIP_MIN_B");
        html.ShouldContain("Persentase Perangkat Daerah yang memperoleh nilai SAKIP minimal (B)");
    }

    [Fact]
    public async Task An_indicator_outside_the_scope_does_not_exist()
    {
        await app.CreateUserAsync("perencana@dinkes.uji.sakip.id", Roles.Planner, "DINKES");
        var client = await app.SignInAsync("perencana@dinkes.uji.sakip.id");

        var outside = await client.GetAsync("/Perbandingan?indikator=SAKIP_MIN_B");
        var unknown = await client.GetAsync("/Perbandingan?indikator=TIDAK_ADA");
        var otherUnit = await client.GetAsync("/Perbandingan?instansi=SETDA");

        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherUnit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static string Row(string html, int year) => RowPattern().Matches(html)
        .Single(m => m.Groups[1].Value == year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value;

    [GeneratedRegex("""<tr data-tahun="(\d+)">.*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex RowPattern();
}
