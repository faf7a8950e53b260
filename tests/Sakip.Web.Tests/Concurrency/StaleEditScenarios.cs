using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sakip.Web.Tests.Features.PerjanjianKinerja;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Concurrency;

/// <summary>
/// The lost-update class beyond realisasi: every editable object refuses a save made from an older version with 409
/// and the value now stored, on the screens (budget line, PK) and in the API (unit, indicator, plan element).
/// </summary>
public static class StaleEditScenarios
{
    public static async Task Stale_budget_form_answers_409_showing_the_other_pagu(ConcurrencyApp app)
    {
        var first = await app.SignInAsync();
        var second = await app.SignInAsync(ConcurrencyApp.OtherPlanner);
        const string page = "/Anggaran/Ubah?instansi=POD&tahun=2021&kode=POD.P1.K1.S1";
        var opened = await first.GetStringAsync(page);

        var won = await PostAsync(second, page, await second.GetStringAsync(page), f => f["Form.Pagu"] = "7.000.000");
        var lost = await PostAsync(first, page, opened, f => f["Form.Pagu"] = "5.000.000");

        won.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        lost.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await lost.Content.ReadAsStringAsync());
        html.ShouldContain("Anggaran POD.P1.K1.S1 telah diubah");
        html.ShouldContain("pagu Rp 7.000.000");
        html.ShouldContain("value=\"5.000.000\"");
    }

    public static async Task Stale_agreement_form_answers_409_showing_the_other_version(ConcurrencyApp app)
    {
        var first = await app.SignInAsync();
        var second = await app.SignInAsync(ConcurrencyApp.OtherPlanner);
        var page = AgreementSteps.Form("SETDA", 2021);
        var opened = await first.GetStringAsync(page);
        void Fill(Dictionary<string, string> fields, string name)
        {
            AgreementSteps.Party(fields, "PihakPertama", name, "", "Sekretaris Daerah", "Definitive");
            AgreementSteps.Party(fields, "PihakKedua", "Gubernur Kalimantan Timur", "", "Gubernur", "Definitive");
            AgreementSteps.Target(fields, "EKPPD", "3,095");
            fields["Form.Alasan"] = "Pergantian pejabat";
        }

        var won = await PostAsync(second, page, await second.GetStringAsync(page), f => Fill(f, "Pejabat Kedua"));
        var lost = await PostAsync(first, page, opened, f => Fill(f, "Pejabat Pertama"));

        won.StatusCode.ShouldBe(HttpStatusCode.Redirect, WebUtility.HtmlDecode(await won.Content.ReadAsStringAsync()));
        lost.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await lost.Content.ReadAsStringAsync());
        html.ShouldContain($"telah diubah oleh {ConcurrencyApp.OtherPlanner}");
        html.ShouldContain("pihak pertama Pejabat Kedua");
        html.ShouldContain("value=\"Pejabat Pertama\"");
    }

    /// <summary>Unit, indicator and plan element through the API: a write with an old ETag (or <c>versi</c>) is refused with the stored value.</summary>
    public static async Task Stale_api_writes_answer_409_showing_the_stored_value(ConcurrencyApp app)
    {
        var admin = await app.SignInAsync(ConcurrencyApp.Admin);
        var planner = await app.SignInAsync();

        await ShouldRefuseStaleAsync(admin, "/api/v1/instansi/SETDA", "nama", "Sekretariat Daerah (diubah)", "Sekretariat Daerah (lama)");
        await ShouldRefuseStaleAsync(planner, "/api/v1/indikator/EKPPD", "uraian", "Skor EKPPD (diubah)", "Skor EKPPD (lama)");
        using var plan = JsonDocument.Parse(await planner.GetStringAsync("/api/v1/rencana?instansi=SETDA"));
        var element = JsonNode.Parse(plan.RootElement.EnumerateArray().Single(e => e.GetProperty("kode").GetString() == "S1").GetRawText())!;
        element["uraian"] = "Sasaran diubah";
        (await planner.PutAsJsonAsync("/api/v1/rencana/S1", element)).StatusCode.ShouldBe(HttpStatusCode.OK);
        element["uraian"] = "Sasaran lama";
        var stale = await planner.PutAsJsonAsync("/api/v1/rencana/S1", element);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).ShouldContain("Sasaran diubah");
    }

    /// <summary>Two Admins create the same account at the same moment: one account, the others told so, never 500.</summary>
    public static async Task Simultaneous_creates_of_one_account_never_answer_500(ConcurrencyApp app)
    {
        var admin = await app.SignInAsync(ConcurrencyApp.Admin);
        var token = SakipWebFactory.AntiforgeryToken(await admin.GetStringAsync("/Admin/Akun"));

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(_ => admin.PostAsync("/Admin/Akun?handler=Buat", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Email"] = "serentak@uji.sakip.id",
            ["Form.Nama"] = "Akun Serentak",
            ["Form.Peran"] = "Perencana",
            ["Form.KodeInstansi"] = "SETDA",
            ["Form.KataSandi"] = "Rahasia-Serentak-2024",
            ["__RequestVerificationToken"] = token,
        }))));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == HttpStatusCode.Redirect || s == HttpStatusCode.Conflict || s == HttpStatusCode.BadRequest, string.Join(", ", statuses));
        statuses.Count(s => s == HttpStatusCode.Redirect).ShouldBe(1);
        (await app.App.QueryAsync(db => Task.FromResult(db.Users.Count(u => u.Email == "serentak@uji.sakip.id")))).ShouldBe(1);
    }

    static async Task ShouldRefuseStaleAsync(HttpClient client, string url, string field, string winning, string losing)
    {
        var read = await client.GetAsync(url);
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tag = read.Headers.ETag!.Tag;
        var body = JsonNode.Parse(await read.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("versi");

        body[field] = winning;
        var won = await SendAsync(client, url, tag, body);
        body[field] = losing;
        var lost = await SendAsync(client, url, tag, body);

        won.StatusCode.ShouldBe(HttpStatusCode.OK, await won.Content.ReadAsStringAsync());
        lost.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await lost.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty("versi")[0].GetString()!.ShouldContain(winning);
    }

    static Task<HttpResponseMessage> SendAsync(HttpClient client, string url, string tag, JsonObject body)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(tag);
        return client.SendAsync(request);
    }

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string html, Action<Dictionary<string, string>> fill)
    {
        var fields = HtmlForm.Fields(html);
        fill(fields);
        fields["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(html);
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }
}
