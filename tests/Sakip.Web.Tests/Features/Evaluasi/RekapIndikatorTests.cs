using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Evaluasi;

/// <summary>An indicator set to take its realisasi from a recap (the sample's SAKIP_MIN_B: 28 of 37 at least B in 2021).</summary>
public sealed class RekapIndikatorTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Page = "/Evaluasi/Rekap/Indikator?kode=SAKIP_MIN_B";

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> fields) =>
        await client.PostAsync(Page, await SakipWebFactory.FormAsync(client, Page, fields));

    [Fact]
    public async Task The_planner_sets_the_recap_and_sees_each_year_explained_with_the_stored_realisasi_kept()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var saved = await PostAsync(client, new() { ["Form.Sumber"] = "SakipGrade", ["Form.Ukuran"] = "Percent", ["Form.Predikat"] = "B", ["Form.Ambang"] = "80" });
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await app.QueryAsync(db => db.RecapIndicators.SingleAsync());
        (row.Source, row.Measure, row.MinGrade, row.Threshold).ShouldBe((RecapSource.SakipGrade, RecapMeasure.Percent, "B", null));
        var rows = EvaluasiHtml.Rows(html, "tabel-realisasi-rekap");
        rows[0].ShouldStartWith("2021|75,68|Persentase instansi dengan nilai SAKIP minimal B = 28 / 37 × 100 = 75,68 % Realisasi tersimpan (75,68) dipakai");
        rows[1].ShouldStartWith("2020|0,00|");
        (await client.GetStringAsync("/Evaluasi/Rekap")).ShouldContain("href=\"/Evaluasi/Rekap/Indikator?kode=SAKIP_MIN_B\"");
    }

    [Theory]
    [InlineData("SakipGrade", "Z", "Pilih predikat minimal")]
    [InlineData("Ikm", "", "Ambang wajib diisi")]
    public async Task An_incomplete_or_unknown_setting_is_refused_with_a_message(string source, string grade, string message)
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var response = await PostAsync(client, new() { ["Form.Sumber"] = source, ["Form.Ukuran"] = "Percent", ["Form.Predikat"] = grade, ["Form.Ambang"] = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("bukan")]
    public async Task An_unknown_source_is_refused_and_nothing_is_stored(string source)
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var response = await PostAsync(client, new() { ["Form.Sumber"] = source, ["Form.Ukuran"] = "Count", ["Form.Predikat"] = "B" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryAsync(db => db.RecapIndicators.AnyAsync(r => r.Measure == RecapMeasure.Count))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_evaluator_reads_but_cannot_set_it()
    {
        var client = await app.SignInAsync("evaluator@demo.sakip.id");

        var page = await client.GetAsync(Page);
        var post = await client.PostAsync(Page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Sumber"] = "SakipGrade",
            ["Form.Predikat"] = "A",
            ["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(Page)),
        }));

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
