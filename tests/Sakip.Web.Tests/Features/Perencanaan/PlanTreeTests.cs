using System.Net;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>Reading the plan: the tree, targets and IKU of the demo agency, and who may see which unit.</summary>
public sealed class PlanTreeTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public PlanTreeTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Planner_sees_the_Renstra_tree_with_targets_per_year_and_the_end_target()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Perencanaan");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Berdaulat dalam mewujudkan birokrasi pemerintahan yang bersih");
        html.ShouldContain("Terwujudnya birokrasi yang efektif dan efisien");
        html.ShouldContain("Meningkatnya kinerja penyelenggaraan pemerintah daerah");
        var ekppd = Row(html, "Skor Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD)</a>");
        ekppd.ShouldContain(">3,07<");
        ekppd.ShouldContain(">3,095<");
        ekppd.ShouldContain("3,15 (2023)");
        Row(html, "Indeks Kelembagaan</a>").ShouldContain("66 (peringkat 4)");
    }

    [Fact]
    public async Task Planner_sees_the_IKU_definitions_with_formula_numerator_denominator_source_and_owner()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Perencanaan?instansi=SETDA"));
        var definitions = html[html.IndexOf("id=\"definisi-iku\"", StringComparison.Ordinal)..];

        var produkHukum = Row(definitions, "Persentase rancangan produk hukum yang diharmonisasi <span");
        produkHukum.ShouldContain("<td>Ya</td>");
        produkHukum.ShouldContain("Jumlah Rancangan Produk Hukum diharmonisasi / Total Produk Hukum Yang Akan Dibuat x 100%");
        produkHukum.ShouldContain("<td>Total Produk Hukum Yang Akan Dibuat</td>");
        produkHukum.ShouldContain("<td>Produk Hukum</td>");
        produkHukum.ShouldContain("<td>HUKUM</td>");
        produkHukum.ShouldContain("<td>Persen</td>");
        Row(definitions, "Nilai Akuntabilitas Kinerja <span").ShouldContain("<td>Tidak</td>");
    }

    [Fact]
    public async Task Pimpinan_reads_the_plan_without_edit_links()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var html = await client.GetStringAsync("/Perencanaan");

        html.ShouldContain("Meningkatnya kinerja penyelenggaraan pemerintah daerah");
        html.ShouldNotContain("/Perencanaan/Indikator?kode=EKPPD");
        html.ShouldNotContain("Tambah sasaran");
    }

    [Theory]
    [InlineData("/Perencanaan?instansi=BAPPEDA")]
    [InlineData("/Perencanaan?instansi=TIDAK_ADA")]
    [InlineData("/Perencanaan/Rencana?kode=M4")]
    [InlineData("/Perencanaan/Indikator?rencana=M4")]
    [InlineData("/Perencanaan/Revisi?instansi=BAPPEDA")]
    [InlineData("/Perencanaan/Versi?instansi=SETDA&nomor=99")]
    public async Task A_unit_or_plan_outside_the_scope_is_not_found(string url)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The table row holding <paramref name="marker"/>.</summary>
    internal static string Row(string html, string marker)
    {
        var at = html.IndexOf(marker, StringComparison.Ordinal);
        at.ShouldBeGreaterThan(-1, $"'{marker}' not on the page");
        var start = html.LastIndexOf("<tr", at, StringComparison.Ordinal);
        return html[start..html.IndexOf("</tr>", at, StringComparison.Ordinal)];
    }
}
