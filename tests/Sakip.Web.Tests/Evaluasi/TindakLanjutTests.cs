using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Reports.Tables;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>
/// The follow-up page of the demo's 42 recommendations (SETDA, LHE 2020): the unit's Perencana records action plans,
/// the Evaluator verifies; nobody else writes. Each test works on its own recommendation.
/// </summary>
[Collection(TindakLanjutApp.Collection)]
public sealed class TindakLanjutTests(TindakLanjutApp app)
{
    const string Page = "/Evaluasi/TindakLanjut?instansi=SETDA";
    const string Planner = "perencana@demo.sakip.id";
    const string Evaluator = "evaluator@demo.sakip.id";

    SakipWebFactory Web => app.Web;

    [Fact]
    public async Task The_page_opens_on_the_latest_LHE_year_with_its_42_recommendations_and_the_counts()
    {
        var client = await Web.SignInAsync(Planner);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page));

        html.ShouldContain("LHE 2020");
        System.Text.RegularExpressions.Regex.Count(html, "<article class=\"card").ShouldBe(42);
        html.ShouldContain("<strong>42</strong> rekomendasi");
        html.ShouldContain("Rekomendasi 6.b");
    }

    [Fact]
    public async Task The_evaluator_without_a_unit_named_opens_a_unit_with_recommendations_and_can_pick_another()
    {
        var client = await Web.SignInAsync(Evaluator);

        var response = await client.GetAsync("/Evaluasi/TindakLanjut");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/Evaluasi/TindakLanjut?instansi=SETDA");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Evaluasi/TindakLanjut?instansi=KALTIM"));
        html.ShouldContain("Belum ada rekomendasi hasil evaluasi");
        html.ShouldContain("<option value=\"SETDA\">Sekretariat Daerah");
    }

    [Fact]
    public async Task A_planner_adds_an_action_and_the_recommendation_and_the_LKjIP_table_follow_it()
    {
        var id = await RecommendationAsync("2.a");
        var client = await Web.SignInAsync(Planner);

        var response = await PostActionAsync(client, $"/Evaluasi/TindakLanjut/Aksi?rekomendasi={id}", new()
        {
            ["Form.Rencana"] = "Menyusun SOP pengumpulan data kinerja",
            ["Form.PenanggungJawab"] = "Kabag Program",
            ["Form.BatasWaktu"] = "2022-06-30",
            ["Form.Status"] = "dalam_proses",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var action = await Web.QueryAsync(db => db.FollowUpActions.AsNoTracking().SingleAsync(a => a.RecommendationId == id));
        (action.Plan, action.Responsible, action.DueDate, action.Status).ShouldBe(
            ("Menyusun SOP pengumpulan data kinerja", "Kabag Program", new DateOnly(2022, 6, 30), FollowUpStatus.InProgress));
        var table = await Web.QueryAsync(async db => FollowUpTable.For((await DatasetLoader.LoadForReportAsync(db, "SETDA", 2021))!.Recommendations, "SETDA", 2021));
        var row = table.Recommendations.Single(r => r.Number == "2.a");
        (row.FollowUp, row.Status).ShouldBe(("Menyusun SOP pengumpulan data kinerja", FollowUpStatus.InProgress));
        table.ToBlock("3.1", "Tindak lanjut").Rows.Single(r => r.Cells[0].Text == "2.a").Cells[4].Text.ShouldBe("Dalam proses");
    }

    [Theory]
    [InlineData("3.a", "perencana.dinkes@uji.sakip.id", HttpStatusCode.NotFound)]
    [InlineData("3.b", "pimpinan.dinkes@uji.sakip.id", HttpStatusCode.NotFound)]
    [InlineData("3.c", "pimpinan@demo.sakip.id", HttpStatusCode.Forbidden)]
    [InlineData("3.d", "verifikator@demo.sakip.id", HttpStatusCode.Forbidden)]
    [InlineData("3.e", "evaluator@demo.sakip.id", HttpStatusCode.Forbidden)]
    public async Task Only_the_units_planner_or_an_admin_writes_actions(string number, string account, HttpStatusCode expected)
    {
        var id = await RecommendationAsync(number);
        var actionId = await AddActionAsync(id, "Rencana Setda");
        var client = await Web.SignInAsync(account);
        var ownToken = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync("/Beranda"));

        var add = await client.PostAsync($"/Evaluasi/TindakLanjut/Aksi?rekomendasi={id}", Form(ownToken, ("Form.Rencana", "Disusupkan"), ("Form.Status", "belum")));
        var edit = await client.PostAsync($"/Evaluasi/TindakLanjut/Aksi?id={actionId}", Form(ownToken, ("Form.Rencana", "Diubah"), ("Form.Status", "belum")));
        var remove = await client.PostAsync($"/Evaluasi/TindakLanjut/Aksi?id={actionId}&handler=Hapus", Form(ownToken));
        var open = await client.GetAsync($"/Evaluasi/TindakLanjut/Aksi?rekomendasi={id}");

        (add.StatusCode, edit.StatusCode, remove.StatusCode, open.StatusCode).ShouldBe((expected, expected, expected, expected));
        (await Web.QueryAsync(db => db.FollowUpActions.AsNoTracking().Where(a => a.RecommendationId == id).Select(a => a.Plan).ToListAsync())).ShouldBe(["Rencana Setda"]);
    }

    [Fact]
    public async Task A_planner_cannot_verify_and_the_evaluator_closes_after_which_the_actions_are_read_only()
    {
        var id = await RecommendationAsync("2.c");
        var actionId = await AddActionAsync(id, "Rencana yang akan ditutup");
        var planner = await Web.SignInAsync(Planner);
        var evaluator = await Web.SignInAsync(Evaluator);

        var plannerOpens = await planner.GetAsync($"/Evaluasi/TindakLanjut/Verifikasi?rekomendasi={id}");
        var plannerPosts = await planner.PostAsync($"/Evaluasi/TindakLanjut/Verifikasi?rekomendasi={id}",
            Form(SakipWebFactory.AntiforgeryToken(await planner.GetStringAsync(Page)), ("Form.Keputusan", "tutup")));
        var closes = await evaluator.PostAsync($"/Evaluasi/TindakLanjut/Verifikasi?rekomendasi={id}",
            await SakipWebFactory.FormAsync(evaluator, $"/Evaluasi/TindakLanjut/Verifikasi?rekomendasi={id}", new() { ["Form.Keputusan"] = "tutup", ["Form.Catatan"] = "Memadai." }));
        var editAfter = await planner.PostAsync($"/Evaluasi/TindakLanjut/Aksi?id={actionId}",
            Form(SakipWebFactory.AntiforgeryToken(await planner.GetStringAsync(Page)), ("Form.Rencana", "Diubah setelah ditutup"), ("Form.Status", "sudah"), ("Form.Hasil", "x")));

        (plannerOpens.StatusCode, plannerPosts.StatusCode).ShouldBe((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden));
        closes.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        editAfter.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await editAfter.Content.ReadAsStringAsync()).ShouldContain("sudah ditutup oleh evaluator");
        var stored = await Web.QueryAsync(db => db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id));
        (stored.Verification, stored.VerificationNote).ShouldBe((VerificationStatus.Closed, "Memadai."));
        (await Web.QueryAsync(db => db.FollowUpActions.AsNoTracking().SingleAsync(a => a.Id == actionId))).Plan.ShouldBe("Rencana yang akan ditutup");
    }

    [Fact]
    public async Task Reopening_needs_a_note()
    {
        var id = await RecommendationAsync("2.d");
        var evaluator = await Web.SignInAsync(Evaluator);
        var url = $"/Evaluasi/TindakLanjut/Verifikasi?rekomendasi={id}";
        var unknown = await evaluator.PostAsync(url, await SakipWebFactory.FormAsync(evaluator, url, new() { ["Form.Keputusan"] = "hapus" }));
        await evaluator.PostAsync(url, await SakipWebFactory.FormAsync(evaluator, url, new() { ["Form.Keputusan"] = "tutup" }));

        var withoutNote = await evaluator.PostAsync(url, await SakipWebFactory.FormAsync(evaluator, url, new() { ["Form.Keputusan"] = "buka", ["Form.Catatan"] = " " }));
        var withNote = await evaluator.PostAsync(url, await SakipWebFactory.FormAsync(evaluator, url, new() { ["Form.Keputusan"] = "buka", ["Form.Catatan"] = "Bukti belum lengkap." }));

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("Pilih keputusan: tutup atau buka kembali.");
        withoutNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await withoutNote.Content.ReadAsStringAsync()).ShouldContain("Catatan wajib diisi bila rekomendasi dibuka kembali");
        withNote.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Web.QueryAsync(db => db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id))).Verification.ShouldBe(VerificationStatus.Reopened);
    }

    [Fact]
    public async Task A_stale_edit_answers_409_and_keeps_what_was_typed()
    {
        var id = await RecommendationAsync("2.e");
        var actionId = await AddActionAsync(id, "Rencana pertama");
        var client = await Web.SignInAsync(Planner);
        var url = $"/Evaluasi/TindakLanjut/Aksi?id={actionId}";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        await Web.QueryAsync(async db =>
        {
            var row = await db.FollowUpActions.SingleAsync(a => a.Id == actionId);
            (row.Plan, row.UpdatedBy) = ("Rencana dari rekan", "Rekan Perencana");
            return await db.SaveChangesAsync();
        });
        fields["Form.Rencana"] = "Rencana yang saya ketik";

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Rencana yang saya ketik</textarea>");
        html.ShouldContain("Rekan Perencana");
        (await Web.QueryAsync(db => db.FollowUpActions.AsNoTracking().SingleAsync(a => a.Id == actionId))).Plan.ShouldBe("Rencana dari rekan");
    }

    [Theory]
    [InlineData("Form.BatasWaktu", "31/02/2022", HttpStatusCode.BadRequest)]
    [InlineData("Form.BatasWaktu", "9999-12-31", HttpStatusCode.BadRequest)]
    [InlineData("Form.Status", "selesai-banget", HttpStatusCode.BadRequest)]
    [InlineData("Form.Rencana", "", HttpStatusCode.BadRequest)]
    public async Task Bad_input_answers_400_with_an_Indonesian_message_never_500(string field, string value, HttpStatusCode expected)
    {
        var id = await RecommendationAsync("2.f");
        var client = await Web.SignInAsync(Planner);
        var fields = new Dictionary<string, string> { ["Form.Rencana"] = "Rencana", ["Form.Status"] = "belum", [field] = value };

        var response = await PostActionAsync(client, $"/Evaluasi/TindakLanjut/Aksi?rekomendasi={id}", fields);

        response.StatusCode.ShouldBe(expected);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("text-danger");
        (await Web.QueryAsync(db => db.FollowUpActions.CountAsync(a => a.RecommendationId == id))).ShouldBe(0);
    }

    [Fact]
    public async Task Overdue_actions_are_marked_and_the_filter_keeps_the_unfinished()
    {
        var id = await RecommendationAsync("2.g");
        var done = await RecommendationAsync("1.a");
        await AddActionAsync(id, "Rencana yang terlambat", new DateOnly(2021, 1, 31));
        var client = await Web.SignInAsync(Planner);

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(Page + "&filter=belum-selesai"));

        html.ShouldContain("Rekomendasi 2.g");
        html[html.IndexOf("Rencana yang terlambat", StringComparison.Ordinal)..].ShouldContain("Terlambat");
        html.ShouldNotContain($"id=\"rekomendasi-{done}\""); // sudah in the sample
    }

    [Fact]
    public async Task The_api_gives_recommendations_actions_and_the_component_scores_with_their_change()
    {
        var id = await RecommendationAsync("2.h");
        await AddActionAsync(id, "Rencana untuk API");
        var client = await Web.SignInAsync(Planner);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/evaluasi/SETDA/rekomendasi?tahun=2020"));

        var root = json.RootElement;
        root.GetProperty("rekomendasi").GetArrayLength().ShouldBe(42);
        var item = root.GetProperty("rekomendasi").EnumerateArray().Single(r => r.GetProperty("nomor").GetString() == "2.h");
        item.GetProperty("status").GetString().ShouldBe("belum");
        item.GetProperty("verifikasi").GetString().ShouldBe("terbuka");
        item.GetProperty("rencana_aksi")[0].GetProperty("rencana").GetString().ShouldBe("Rencana untuk API");
        var scores = root.GetProperty("nilai");
        scores.GetProperty("tahun").EnumerateArray().Select(y => y.GetInt32()).ShouldBe([2019, 2020]);
        var table = await Web.QueryAsync(async db => EvaluationTable.For(
            (await DatasetLoader.LoadForReportAsync(db, "SETDA", 2020))!.Evaluations, "SETDA", 2020, Sakip.Core.Scales.BuiltInScales.SakipGrade));
        foreach (var component in table.Components)
        {
            var fromApi = scores.GetProperty("komponen").EnumerateArray().Single(c => c.GetProperty("nama").GetString() == component.Name).GetProperty("nilai");
            fromApi[1].GetProperty("nilai").GetDecimal().ShouldBe(component.Scores[1]!.Value);
            fromApi[1].GetProperty("perubahan").GetDecimal().ShouldBe(component.Change.Value!.Value);
        }
        scores.GetProperty("nilai_akhir")[1].GetProperty("perubahan").GetDecimal().ShouldBe(table.FinalChange.Value!.Value);
    }

    [Theory]
    [InlineData("perencana.dinkes@uji.sakip.id", "/api/v1/evaluasi/SETDA/rekomendasi", HttpStatusCode.NotFound)]
    [InlineData("perencana@demo.sakip.id", "/api/v1/evaluasi/SETDA/rekomendasi?tahun=99999", HttpStatusCode.NotFound)]
    [InlineData("perencana@demo.sakip.id", "/api/v1/evaluasi/TIDAK_ADA/rekomendasi", HttpStatusCode.NotFound)]
    [InlineData("evaluator@demo.sakip.id", "/api/v1/evaluasi/SETDA/rekomendasi", HttpStatusCode.OK)]
    [InlineData("perencana.dinkes@uji.sakip.id", "/Evaluasi/TindakLanjut?instansi=SETDA", HttpStatusCode.NotFound)]
    [InlineData("perencana@demo.sakip.id", "/Evaluasi/TindakLanjut?instansi=SETDA&tahun=-5", HttpStatusCode.NotFound)]
    [InlineData("perencana@demo.sakip.id", "/Evaluasi/TindakLanjut/Aksi?rekomendasi=999999", HttpStatusCode.NotFound)]
    [InlineData("perencana@demo.sakip.id", "/Evaluasi/TindakLanjut/Aksi?id=999999", HttpStatusCode.NotFound)]
    [InlineData("evaluator@demo.sakip.id", "/Evaluasi/TindakLanjut/Verifikasi?rekomendasi=999999", HttpStatusCode.NotFound)]
    public async Task Reads_stay_within_the_scope(string account, string url, HttpStatusCode expected)
    {
        var client = await Web.SignInAsync(account);

        (await client.GetAsync(url)).StatusCode.ShouldBe(expected);
    }

    Task<int> RecommendationAsync(string number) =>
        Web.QueryAsync(db => db.Recommendations.Where(r => r.Year == 2020 && r.Number == number && db.Units.Any(u => u.Id == r.UnitId && u.Code == "SETDA"))
            .Select(r => r.Id).SingleAsync());

    Task<int> AddActionAsync(int recommendationId, string plan, DateOnly? due = null) => Web.QueryAsync(async db =>
    {
        var write = await FollowUpWrites.AddAsync(db, recommendationId, new FollowUpAction(plan, null, due, FollowUpStatus.NotStarted, null), "uji", DateTimeOffset.UtcNow, default);
        write.Succeeded.ShouldBeTrue();
        return write.Action!.Id;
    });

    static async Task<HttpResponseMessage> PostActionAsync(HttpClient client, string url, Dictionary<string, string> fields) =>
        await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

    static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new([new("__RequestVerificationToken", token), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
}
