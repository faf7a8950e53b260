using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Evaluation;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>The LKE worksheet page: who may change which column, scores after a save, 409 on a stale save, the LHE.</summary>
public sealed class LkeWorksheetTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const int Year = 2021;
    const string Evaluator = "evaluator@demo.sakip.id";
    const string Planner = "perencana@demo.sakip.id";

    static string Page(string unit) => $"/Evaluasi/Lke?instansi={unit}&tahun={Year}";

    [Fact]
    public async Task The_evaluator_starts_a_worksheet_with_the_88_2021_template_and_the_saved_penetapan_is_scored()
    {
        var evaluator = await app.SignInAsync(Evaluator);
        (await StartAsync(evaluator, "POD")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Component 1 all at best: 6 + 9 + 15 = 30 of 100, grade D (0-30].
        var response = await SaveAsync(evaluator, "POD", "1", "Penetapan", code => code.StartsWith("1.1.", StringComparison.Ordinal) ? "Y" : "A");
        var html = WebUtility.HtmlDecode(await evaluator.GetStringAsync(Page("POD")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        html.ShouldContain("<td class=\"text-end tnum fw-bold\" id=\"total-penetapan\" data-total=\"penetapan\">30,00</td>");
        html.ShouldContain("id=\"predikat-penetapan\" data-grade=\"penetapan\">D/Sangat Kurang</td>");
        html.ShouldContain("25 dari 80");
        var template = await app.QueryAsync(db => db.Evaluations.Where(e => e.Year == Year && db.Units.Any(u => u.Id == e.UnitId && u.Code == "POD"))
            .Select(e => db.LkeTemplates.Where(t => t.Id == e.TemplateId).Select(t => t.Code + "/" + t.Version).Single()).SingleAsync());
        template.ShouldBe("permenpanrb_88_2021/1");
    }

    [Fact]
    public async Task A_planner_fills_nilai_usulan_but_posting_a_penetapan_value_is_refused_with_403()
    {
        var evaluator = await app.SignInAsync(Evaluator);
        await StartAsync(evaluator, "HUKUM");
        var planner = await app.SignInAsync(Planner);

        var own = await SaveAsync(planner, "HUKUM", "1", "Usulan", _ => "");
        var self = await SaveAsync(planner, "HUKUM", "1", "Usulan", code => code == "1.1.1" ? "Y" : "");
        var refused = await SaveAsync(planner, "HUKUM", "1", "Penetapan", code => code == "1.1.1" ? "Y" : "");

        own.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        self.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var row = await AnswerAsync("HUKUM", "1.1.1");
        (row.SelfAnswer, row.EvaluatorAnswer).ShouldBe(("Y", null));
        WebUtility.HtmlDecode(await planner.GetStringAsync(Page("HUKUM"))).ShouldNotContain("name=\"Jawaban.Baris[0].Penetapan\"");
    }

    [Fact]
    public async Task An_evaluator_cannot_post_nilai_usulan_nor_change_a_realisation()
    {
        var evaluator = await app.SignInAsync(Evaluator);
        await StartAsync(evaluator, "KESRA");
        const string realisation = "/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tahunan";

        var usulan = await SaveAsync(evaluator, "KESRA", "1", "Usulan", code => code == "1.1.1" ? "Y" : "");
        var realisasi = await evaluator.PostAsync(realisation + "&handler=Simpan",
            await SakipWebFactory.FormAsync(evaluator, realisation, new() { ["Form.Nilai"] = "1" }));

        usulan.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        realisasi.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await AnswerAsync("KESRA", "1.1.1")).SelfAnswer.ShouldBeNull();
    }

    [Fact]
    public async Task A_save_from_an_older_version_answers_409_and_keeps_what_was_typed()
    {
        var evaluator = await app.SignInAsync(Evaluator);
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        await StartAsync(evaluator, "PEREKONOMIAN");
        var opened = await FieldsAsync("PEREKONOMIAN", "1", "Penetapan", code => code == "1.2.1" ? "B" : "");
        await SaveAsync(admin, "PEREKONOMIAN", "1", "Penetapan", code => code == "1.2.1" ? "A" : "");

        opened[Field("1.2.1", opened, "Penetapan")] = "D";
        opened["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(await evaluator.GetStringAsync(Page("PEREKONOMIAN")));
        var response = await evaluator.PostAsync(Page("PEREKONOMIAN") + "&handler=Simpan", new FormUrlEncodedContent(opened));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        html.ShouldContain("kriteria 1.2.1 telah diubah oleh Admin Biro Organisasi (demo)");
        html.ShouldContain("<option value=\"D\" data-value=\"0.25\" selected=\"selected\">D</option>");
        (await AnswerAsync("PEREKONOMIAN", "1.2.1")).EvaluatorAnswer.ShouldBe("A");
    }

    [Fact]
    public async Task Finalising_is_refused_while_penetapan_is_missing_then_issues_scores_recommendations_and_the_LHE()
    {
        var evaluator = await app.SignInAsync(Evaluator);
        await StartAsync(evaluator, "PBJ");
        var lhe = new Dictionary<string, string>
        {
            ["Lhe.Nomor"] = "700/12/Itprov",
            ["Lhe.Tanggal"] = "2022-03-15",
            ["Lhe.Narasi"] = "Perencanaan kinerja telah baik.\nPengukuran kinerja perlu ditingkatkan.",
            ["Lhe.Penandatangan"] = "Inspektur Provinsi",
            ["Lhe.Jabatan"] = "Inspektur",
            ["Lhe.Nip"] = "197001011990031001",
            ["Lhe.Rekomendasi[0].Komponen"] = "Pengukuran Kinerja",
            ["Lhe.Rekomendasi[0].Teks"] = "Menyusun pedoman pengumpulan data kinerja.",
            ["Lhe.Aksi"] = "finalisasi",
        };

        var refused = await PostLheAsync(evaluator, "PBJ", lhe);
        foreach (var component in new[] { "1", "2", "3", "4" })
        {
            (await SaveAsync(evaluator, "PBJ", component, "Penetapan", code => code.Split('.')[1] == "1" ? "Y" : "B")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var final = await PostLheAsync(evaluator, "PBJ", lhe);
        var docx = await evaluator.GetAsync($"/Evaluasi/Lke/Unduh?instansi=PBJ&tahun={Year}&format=docx");
        var api = await evaluator.GetFromJsonAsync<JsonElement>($"/api/v1/evaluasi/PBJ/lke/{Year}");

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Nilai penetapan belum diisi untuk 80 kriteria");
        final.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // Each component 0,2w × 1 + 0,8w × 0,75 = 0,8w: 24 + 24 + 12 + 20 = 80 (BB).
        var scores = await app.QueryAsync(db => db.EvaluationScores.AsNoTracking()
            .Where(s => s.Year == Year && db.Units.Any(u => u.Id == s.UnitId && u.Code == "PBJ")).OrderBy(s => s.Id).Select(s => s.Score).ToListAsync());
        scores.ShouldBe([24m, 24m, 12m, 20m, 80m]);
        var issued = await app.QueryAsync(db => db.Recommendations.AsNoTracking().Where(r => r.EvaluationId != null && db.Units.Any(u => u.Id == r.UnitId && u.Code == "PBJ")).ToListAsync());
        issued.ShouldHaveSingleItem().Text.ShouldBe("Menyusun pedoman pengumpulan data kinerja.");
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        docx.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (api.GetProperty("status").GetString(), api.GetProperty("nilai_penetapan").GetProperty("nilai").GetDecimal(),
            api.GetProperty("nilai_penetapan").GetProperty("predikat").GetString()).ShouldBe(("final", 80m, "BB"));
        (await SaveAsync(evaluator, "PBJ", "1", "Penetapan", _ => "T")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_api_answers_404_for_a_unit_without_a_worksheet_and_outside_the_scope()
    {
        var planner = await app.SignInAsync(Planner);

        (await planner.GetAsync($"/api/v1/evaluasi/UMUM/lke/{Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await planner.GetAsync($"/api/v1/evaluasi/INSPEKTORAT/lke/{Year}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await planner.GetAsync($"/Evaluasi/Lke?instansi=SETDA&tahun=99999")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    async Task<HttpResponseMessage> StartAsync(HttpClient client, string unit)
    {
        var template = await app.QueryAsync(db => db.LkeTemplates.Where(t => t.Code == "permenpanrb_88_2021").Select(t => t.Id).SingleAsync());
        return await client.PostAsync(Page(unit) + "&handler=Mulai",
            await SakipWebFactory.FormAsync(client, Page(unit), new() { ["templat"] = template.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
    }

    /// <summary>Posts one component's form with a value per criterion in one column, and the versions stored now.</summary>
    async Task<HttpResponseMessage> SaveAsync(HttpClient client, string unit, string component, string column, Func<string, string> answer)
    {
        var fields = await FieldsAsync(unit, component, column, answer);
        fields["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(Page(unit)));
        return await client.PostAsync(Page(unit) + "&handler=Simpan", new FormUrlEncodedContent(fields));
    }

    async Task<HttpResponseMessage> PostLheAsync(HttpClient client, string unit, Dictionary<string, string> fields)
    {
        var version = await app.QueryAsync(db => db.Evaluations.Where(e => e.Year == Year && db.Units.Any(u => u.Id == e.UnitId && u.Code == unit)).Select(e => e.Version).SingleAsync());
        var form = new Dictionary<string, string>(fields) { ["Lhe.Versi"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        form["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(Page(unit)));
        return await client.PostAsync(Page(unit) + "&handler=Lhe", new FormUrlEncodedContent(form));
    }

    async Task<Dictionary<string, string>> FieldsAsync(string unit, string component, string column, Func<string, string> answer)
    {
        var rows = await app.QueryAsync(db => db.LkeAnswers.AsNoTracking()
            .Where(a => a.Criterion.StartsWith(component + ".") && db.Evaluations.Any(e => e.Id == a.EvaluationId && e.Year == Year && db.Units.Any(u => u.Id == e.UnitId && u.Code == unit)))
            .OrderBy(a => a.Id).Select(a => new { a.Criterion, a.Version }).ToListAsync());
        var fields = new Dictionary<string, string> { ["Jawaban.Komponen"] = component };
        foreach (var (row, i) in rows.Select((r, i) => (r, i)))
        {
            fields[$"Jawaban.Baris[{i}].Kriteria"] = row.Criterion;
            fields[$"Jawaban.Baris[{i}].Versi"] = row.Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
            fields[$"Jawaban.Baris[{i}].{column}"] = answer(row.Criterion);
        }
        return fields;
    }

    static string Field(string criterion, Dictionary<string, string> fields, string column) =>
        fields.Single(f => f.Value == criterion && f.Key.EndsWith(".Kriteria", StringComparison.Ordinal)).Key.Replace(".Kriteria", "." + column, StringComparison.Ordinal);

    Task<LkeAnswerEntity> AnswerAsync(string unit, string criterion) => app.QueryAsync(db => db.LkeAnswers.AsNoTracking()
        .SingleAsync(a => a.Criterion == criterion && db.Evaluations.Any(e => e.Id == a.EvaluationId && e.Year == Year && db.Units.Any(u => u.Id == e.UnitId && u.Code == unit))));
}
