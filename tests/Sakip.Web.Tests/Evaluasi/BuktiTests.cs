using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>
/// Evidence of follow-up actions and of LKE answers: uploaded with the content checks of every upload, downloaded,
/// removed with a reason (row kept); who may write depends on the owner and its state.
/// </summary>
[Collection(TindakLanjutApp.Collection)]
public sealed class BuktiTests(TindakLanjutApp app)
{
    static readonly byte[] Pdf = "%PDF-1.4 berita acara reviu"u8.ToArray();
    const string Planner = "perencana@demo.sakip.id";
    const string Evaluator = "evaluator@demo.sakip.id";

    SakipWebFactory Web => app.Web;

    [Fact]
    public async Task A_planner_uploads_evidence_to_an_action_and_anyone_in_scope_downloads_it()
    {
        var action = await ActionAsync("4.a");
        var planner = await Web.SignInAsync(Planner);

        var response = await UploadAsync(planner, $"tindakLanjut={action}", "berita-acara.pdf", Pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var file = await Web.QueryAsync(db => db.EvaluationEvidence.AsNoTracking().SingleAsync(f => f.FollowUpActionId == action));
        (file.FileName, file.ContentType, file.Size).ShouldBe(("berita-acara.pdf", "application/pdf", Pdf.Length));
        var evaluator = await Web.SignInAsync(Evaluator);
        (await evaluator.GetStringAsync($"/Evaluasi/Bukti?tindakLanjut={action}")).ShouldContain("berita-acara.pdf");
        var download = await evaluator.GetAsync($"/Evaluasi/Bukti?handler=Unduh&id={file.Id}");
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(Pdf);
        (await planner.GetStringAsync("/Evaluasi/TindakLanjut?instansi=SETDA")).ShouldContain("1 berkas");
    }

    [Fact]
    public async Task A_file_whose_bytes_are_not_what_its_name_says_is_refused()
    {
        var action = await ActionAsync("4.b");
        var planner = await Web.SignInAsync(Planner);

        var response = await UploadAsync(planner, $"tindakLanjut={action}", "bukan.pdf", "MZ program"u8.ToArray());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Isi berkas bukan PDF yang sah");
        (await Web.QueryAsync(db => db.EvaluationEvidence.CountAsync(f => f.FollowUpActionId == action))).ShouldBe(0);
    }

    [Fact]
    public async Task Removal_needs_a_reason_and_keeps_the_row_with_it()
    {
        var action = await ActionAsync("4.c");
        var planner = await Web.SignInAsync(Planner);
        await UploadAsync(planner, $"tindakLanjut={action}", "salah.pdf", Pdf);
        var id = await Web.QueryAsync(db => db.EvaluationEvidence.Where(f => f.FollowUpActionId == action).Select(f => f.Id).SingleAsync());
        var page = $"/Evaluasi/Bukti?tindakLanjut={action}";

        var withoutReason = await planner.PostAsync($"/Evaluasi/Bukti?handler=Hapus&id={id}", await SakipWebFactory.FormAsync(planner, page, new() { ["alasan"] = " " }));
        var withReason = await planner.PostAsync($"/Evaluasi/Bukti?handler=Hapus&id={id}", await SakipWebFactory.FormAsync(planner, page, new() { ["alasan"] = "Salah unggah" }));

        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await withoutReason.Content.ReadAsStringAsync()).ShouldContain("Alasan penghapusan bukti dukung wajib diisi.");
        withReason.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await Web.QueryAsync(db => db.EvaluationEvidence.AsNoTracking().SingleAsync(f => f.Id == id));
        (row.RemovalReason, row.RemovedAt is null).ShouldBe(("Salah unggah", false));
        WebUtility.HtmlDecode(await planner.GetStringAsync(page)).ShouldContain("Alasan: Salah unggah");
    }

    [Theory]
    [InlineData("4.d", Evaluator, HttpStatusCode.Forbidden)]
    [InlineData("4.e", "perencana.dinkes@uji.sakip.id", HttpStatusCode.NotFound)]
    public async Task Only_the_units_planner_or_an_admin_uploads_follow_up_evidence(string number, string account, HttpStatusCode expected)
    {
        var action = await ActionAsync(number);
        var client = await Web.SignInAsync(account);
        var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync("/Beranda"));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf), "Berkas", "x.pdf" } };

        var response = await client.PostAsync($"/Evaluasi/Bukti?handler=Unggah&tindakLanjut={action}", form);

        response.StatusCode.ShouldBe(expected);
        (await Web.QueryAsync(db => db.EvaluationEvidence.CountAsync(f => f.FollowUpActionId == action))).ShouldBe(0);
    }

    [Fact]
    public async Task A_closed_recommendations_evidence_is_read_only()
    {
        var action = await ActionAsync("4.f");
        var recommendation = await Web.QueryAsync(db => db.FollowUpActions.Where(a => a.Id == action).Select(a => a.RecommendationId).SingleAsync());
        await Web.QueryAsync(db => FollowUpWrites.VerifyAsync(db, recommendation, VerificationStatus.Closed, null, null, "uji", DateTimeOffset.UtcNow, default));
        var planner = await Web.SignInAsync(Planner);
        var token = SakipWebFactory.AntiforgeryToken(await planner.GetStringAsync("/Beranda"));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf), "Berkas", "x.pdf" } };

        var response = await planner.PostAsync($"/Evaluasi/Bukti?handler=Unggah&tindakLanjut={action}", form);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("sudah ditutup evaluator");
    }

    [Theory]
    [InlineData(Planner, EvaluationStatus.Draft, HttpStatusCode.Redirect)]
    [InlineData(Evaluator, EvaluationStatus.Draft, HttpStatusCode.Redirect)]
    [InlineData("pimpinan@demo.sakip.id", EvaluationStatus.Draft, HttpStatusCode.Forbidden)]
    [InlineData("perencana.dinkes@uji.sakip.id", EvaluationStatus.Draft, HttpStatusCode.NotFound)]
    [InlineData(Planner, EvaluationStatus.Final, HttpStatusCode.Conflict)]
    [InlineData(Evaluator, EvaluationStatus.Final, HttpStatusCode.Conflict)]
    public async Task LKE_answer_evidence_is_written_by_the_units_planner_and_evaluators_while_the_evaluation_is_a_draft(
        string account, EvaluationStatus status, HttpStatusCode expected)
    {
        var answer = await AnswerAsync(status);
        var client = await Web.SignInAsync(account);
        var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync("/Beranda"));
        var form = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" }, { new ByteArrayContent(Pdf), "Berkas", "lke.pdf" } };

        var response = await client.PostAsync($"/Evaluasi/Bukti?handler=Unggah&jawaban={answer}", form);

        response.StatusCode.ShouldBe(expected);
        (await Web.QueryAsync(db => db.EvaluationEvidence.CountAsync(f => f.LkeAnswerId == answer))).ShouldBe(expected == HttpStatusCode.Redirect ? 1 : 0);
    }

    [Theory]
    [InlineData("/Evaluasi/Bukti")]
    [InlineData("/Evaluasi/Bukti?tindakLanjut=999999")]
    [InlineData("/Evaluasi/Bukti?jawaban=999999")]
    [InlineData("/Evaluasi/Bukti?tindakLanjut=1&jawaban=1")]
    [InlineData("/Evaluasi/Bukti?handler=Unduh&id=999999")]
    public async Task Unknown_owners_and_files_answer_404(string url)
    {
        var client = await Web.SignInAsync(Planner);

        (await client.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string owner, string name, byte[] content) =>
        await client.PostAsync($"/Evaluasi/Bukti?handler=Unggah&{owner}", await SakipWebFactory.UploadAsync(client, $"/Evaluasi/Bukti?{owner}", "Berkas", name, content));

    Task<int> ActionAsync(string number) => Web.QueryAsync(async db =>
    {
        var id = await db.Recommendations.Where(r => r.Year == 2020 && r.Number == number).Select(r => r.Id).SingleAsync();
        var write = await FollowUpWrites.AddAsync(db, id, new FollowUpAction("Rencana " + number, null, null, FollowUpStatus.InProgress, null), "uji", DateTimeOffset.UtcNow, default);
        return write.Action!.Id;
    });

    /// <summary>An evaluation of SETDA (its own year, so each case has its own) with one answered criterion.</summary>
    Task<int> AnswerAsync(EvaluationStatus status) => Web.QueryAsync(async db =>
    {
        var template = new LkeTemplateEntity { Code = "uji-" + Guid.NewGuid().ToString("N")[..8], Version = 1, Name = "Uji", Regulation = "Uji", Json = "{}" };
        db.LkeTemplates.Add(template);
        await db.SaveChangesAsync();
        var unit = await db.Units.Where(u => u.Code == "SETDA").Select(u => u.Id).SingleAsync();
        var year = 1990 + await db.Evaluations.CountAsync();
        var evaluation = new EvaluationEntity { UnitId = unit, Year = year, TemplateId = template.Id, Status = status };
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync();
        var answer = new LkeAnswerEntity { EvaluationId = evaluation.Id, Criterion = "1.1.1", SelfAnswer = "Y" };
        db.LkeAnswers.Add(answer);
        await db.SaveChangesAsync();
        return answer.Id;
    });
}
