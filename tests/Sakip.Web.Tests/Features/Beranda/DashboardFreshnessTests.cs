using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Beranda;

/// <summary>
/// The dashboard reuses what it computed for a unit until the unit's data version moves; these tests change data
/// outside the page (as another instance or the CLI would) and expect the next view to show it.
/// </summary>
public sealed partial class DashboardFreshnessTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public DashboardFreshnessTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_change_saved_elsewhere_shows_on_the_next_view()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = await DashboardAsync(client);
        before.ShouldContain("Capaian = 3,0885 / 3,095 × 100 = 99,79 %");

        await app.QueryAsync(async db =>
        {
            var annual = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Annual);
            annual.Value = 3.095m;
            var line = await db.BudgetLines.SingleAsync(b => b.Code == "PBJ.P1.K1.S1");
            line.Spent += 1m; // PBJ is a unit below Setda: Setda's dashboard rolls it up
            return await db.SaveChangesAsync();
        });
        var after = await DashboardAsync(client);

        after.ShouldContain("Capaian = 3,095 / 3,095 × 100 = 100,00 %");
        after.ShouldNotContain("Capaian = 3,0885 / 3,095 × 100 = 99,79 %");
        Spent(after).ShouldBe(Spent(before) + 1m);
    }

    static async Task<string> DashboardAsync(HttpClient client)
    {
        var response = await client.GetAsync("/Beranda?instansi=SETDA&tahun=2021");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>The total realised budget shown under "Penyerapan anggaran", in rupiah.</summary>
    static decimal Spent(string html) => decimal.Parse(SpentPattern().Match(html).Groups[1].Value.Replace(".", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"· Realisasi Rp\s?([\d.]+)")]
    private static partial Regex SpentPattern();
}
