using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Evaluasi;

/// <summary>The Evaluasi landing and the recap of a year, on the sample (Tabel 3.13: 37 units, 2021; SETDA's Tabel 3.1).</summary>
public sealed class RekapTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task The_evaluator_lands_on_the_installation_wide_recap_of_the_latest_year()
    {
        var client = await app.SignInAsync("evaluator@demo.sakip.id");

        var response = await client.GetAsync("/Evaluasi");
        var html = await TextAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("rekapitulasi 2021");
        html.ShouldContain("<span id=\"rata-rata\">66,47</span>");
        html.ShouldContain("B/Baik</span>");
        html.ShouldContain("id=\"minimal-B\" title=\"Persentase = 28 / 37 × 100 = 75,68 %\">28 <span class=\"small text-muted\">(75,68 %)</span>");
        html.ShouldContain("(48,65 %)");
        EvaluasiHtml.Rows(html, "tabel-rekap").Count.ShouldBe(37);
        EvaluasiHtml.Rows(html, "tabel-rekap")[0].ShouldBe("1|Inspektorat|79,15|BB/Sangat Baik|-|-");
    }

    [Fact]
    public async Task The_planner_sees_the_unit_component_scores_with_their_change_and_the_rule_total_not_the_printed_one()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = await TextAsync(await client.GetAsync("/Evaluasi"));
        var rows = EvaluasiHtml.Rows(html, "tabel-komponen");

        rows[0].ShouldBe("Perencanaan Kinerja|30|22,40|20,39|-|-");
        rows.ShouldContain("Nilai akhir|100|67,23|59,14|59,14|0,00");
        rows.ShouldContain("Predikat||B/Baik|CC/Cukup|CC/Cukup|");
        html.ShouldContain("href=\"/Evaluasi/Lke?instansi=SETDA&tahun=2021\"");
        html.ShouldContain("href=\"/Evaluasi/TindakLanjut?instansi=SETDA&tahun=2020\"");
        html.ShouldContain("id=\"rekomendasi-status\"");
    }

    [Fact]
    public async Task The_recap_of_a_year_downloads_as_csv_with_decimal_points()
    {
        var client = await app.SignInAsync("evaluator@demo.sakip.id");

        var response = await client.GetAsync("/Evaluasi/Rekap?handler=Csv&tahun=2021");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        lines[0].ShouldBe("peringkat,instansi,nama,nilai,predikat,nilai_tahun_lalu,perubahan");
        lines[1].ShouldBe("1,INSPEKTORAT,Inspektorat,79.15,BB,,");
        lines.ShouldContain("30,SETDA,Setda,59.14,CC,59.14,0.00");
        lines.Length.ShouldBe(39);
    }

    [Theory]
    [InlineData("/Evaluasi/Rekap?tahun=99999")]
    [InlineData("/Evaluasi/Rekap?tahun=2021&kelompok=tidak_ada")]
    [InlineData("/api/v1/evaluasi/rekap/2021?kelompok=tidak_ada")]
    [InlineData("/api/v1/evaluasi/rekap/-5")]
    public async Task An_unknown_group_or_implausible_year_answers_404(string url)
    {
        var client = await app.SignInAsync("evaluator@demo.sakip.id");

        (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_year_without_scores_says_so_and_offers_the_years_with_scores()
    {
        var client = await app.SignInAsync("evaluator@demo.sakip.id");

        var html = await TextAsync(await client.GetAsync("/Evaluasi/Rekap?tahun=2030"));

        html.ShouldContain("Belum ada nilai evaluasi SAKIP untuk tahun 2030");
        html.ShouldContain("<option value=\"2021\">2021</option>");
    }

    [Fact]
    public async Task A_planner_recaps_only_the_units_in_scope()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = await TextAsync(await client.GetAsync("/Evaluasi/Rekap?tahun=2021"));

        EvaluasiHtml.Rows(html, "tabel-rekap").ShouldBe(["1|Setda|59,14|CC/Cukup|59,14|0,00"]);
        html.ShouldContain("instansi dalam cakupan Anda saja");
    }

    [Fact]
    public async Task The_admin_groups_units_and_the_recap_and_api_count_only_the_group()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var ids = await app.QueryAsync(db => db.Units.Where(u => u.Code == "INSPEKTORAT" || u.Code == "SETDA" || u.Code == "DPK").Select(u => u.Id).ToListAsync());
        var form = new List<KeyValuePair<string, string>>
        {
            new("Form.Kode", "kluster_uji"), new("Form.Nama", "Kluster uji"),
            new("__RequestVerificationToken", SakipWebFactory.AntiforgeryToken(await admin.GetStringAsync("/Evaluasi/Kelompok"))),
        };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("Form.Anggota", id.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        var saved = await admin.PostAsync("/Evaluasi/Kelompok?handler=Simpan", new FormUrlEncodedContent(form));
        var html = await TextAsync(await admin.GetAsync("/Evaluasi/Rekap?tahun=2021&kelompok=kluster_uji"));
        var json = await admin.GetFromJsonAsync<JsonElement>("/api/v1/evaluasi/rekap/2021?kelompok=kluster_uji");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        EvaluasiHtml.Rows(html, "tabel-rekap").Select(r => r.Split('|')[1]).ShouldBe(["Inspektorat", "DPK", "Setda"]);
        json.GetProperty("jumlah").GetInt32().ShouldBe(3);
        json.GetProperty("minimal")[0].GetProperty("jumlah").GetInt32().ShouldBe(2);
        json.GetProperty("minimal")[0].GetProperty("penjelasan").GetProperty("perhitungan").GetString().ShouldBe("Persentase = 2 / 3 × 100 = 66,67 %");
    }

    [Theory]
    [InlineData("perencana@demo.sakip.id")]
    [InlineData("evaluator@demo.sakip.id")]
    public async Task Only_the_admin_manages_unit_groups(string account)
    {
        var client = await app.SignInAsync(account);

        (await client.GetAsync("/Evaluasi/Kelompok")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_recap_api_gives_units_scores_grades_summary_and_explanations()
    {
        var client = await app.SignInAsync("evaluator@demo.sakip.id");

        var json = await client.GetFromJsonAsync<JsonElement>("/api/v1/evaluasi/rekap/2021");

        json.GetProperty("jumlah").GetInt32().ShouldBe(37);
        json.GetProperty("predikat_rata_rata").GetString().ShouldBe("B");
        json.GetProperty("penjelasan_rata_rata").GetProperty("perhitungan").GetString().ShouldBe("Rata-rata = 2.459,49 / 37 = 66,47");
        var first = json.GetProperty("instansi")[0];
        (first.GetProperty("instansi").GetString(), first.GetProperty("nilai").GetDecimal(), first.GetProperty("predikat").GetString()).ShouldBe(("INSPEKTORAT", 79.15m, "BB"));
    }
}
