using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Concurrency;

/// <summary>
/// Lost updates, concurrent writes and approved figures (issue #7), written once and run on SQLite
/// (<see cref="SqliteConcurrencyTests"/>) and PostgreSQL (<see cref="PostgresConcurrencyTests"/>).
/// </summary>
public static partial class ConcurrencyScenarios
{
    const int Writers = 20;

    public static async Task Simultaneous_puts_of_one_realisation_never_answer_500_and_keep_one_submitted_value(ConcurrencyApp app, int year)
    {
        var client = await app.SignInAsync();
        var values = Enumerable.Range(1, Writers).Select(i => 3m + (i / 100m)).ToList();

        var responses = await Task.WhenAll(values.Select(v =>
            client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "EKPPD", tahun = year, periode = "tw3", nilai = v })));

        await ShouldBeSavedOrConflictAsync(responses);
        var stored = await app.App.QueryAsync(db => db.Realisations.AsNoTracking()
            .Where(r => r.Indicator.Code == "EKPPD" && r.Year == year && r.Period == Period.Q3).Select(r => r.Value).ToListAsync());
        stored.Count.ShouldBe(1);
        values.ShouldContain(stored[0]!.Value);
    }

    public static async Task Simultaneous_puts_of_one_target_never_answer_500_and_keep_one_submitted_value(ConcurrencyApp app, int year)
    {
        var client = await app.SignInAsync();
        var values = Enumerable.Range(1, Writers).Select(i => 3m + (i / 100m)).ToList();

        var responses = await Task.WhenAll(values.Select(v =>
            client.PutAsJsonAsync("/api/v1/target", new { indikator = "EKPPD", tahun = year, jenis = "tw3", nilai = v })));

        await ShouldBeSavedOrConflictAsync(responses);
        var stored = await app.App.QueryAsync(db => db.Targets.AsNoTracking()
            .Where(t => t.Indicator.Code == "EKPPD" && t.Year == year && t.Kind == TargetKind.Q3).Select(t => t.Value).ToListAsync());
        stored.Count.ShouldBe(1);
        values.ShouldContain(stored[0]!.Value);
    }

    public static async Task Simultaneous_new_renstra_revisions_never_answer_500_and_keep_distinct_numbers(ConcurrencyApp app)
    {
        var client = await app.SignInAsync();
        const string page = "/Perencanaan/Revisi?instansi=SETDA";
        var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(page));

        var responses = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => client.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Alasan"] = $"Revisi serentak {i}",
            ["__RequestVerificationToken"] = token,
        }))));

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.Redirect || s == HttpStatusCode.Conflict);
        var saved = responses.Count(r => r.StatusCode == HttpStatusCode.Redirect);
        saved.ShouldBeGreaterThan(0);
        var numbers = await app.App.QueryAsync(db => db.PlanRevisions.AsNoTracking().Where(r => r.Reason.StartsWith("Revisi serentak")).Select(r => r.Number).ToListAsync());
        numbers.Count.ShouldBe(saved);
        numbers.ShouldBeUnique();
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("telah diubah oleh");
        }
    }

    /// <summary>Someone saves through the API while the form is open; saving the form then shows their value and keeps what was typed.</summary>
    public static async Task Stale_form_answers_409_showing_the_other_value_and_keeping_the_typed_one(ConcurrencyApp app)
    {
        var first = await app.SignInAsync();
        var second = await app.SignInAsync(ConcurrencyApp.OtherPlanner);
        const string entry = "/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tw2";
        var opened = await first.GetStringAsync(entry);

        (await second.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "EKPPD", tahun = 2021, periode = "tw2", nilai = 3.5m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var response = await first.PostAsync(entry + "&handler=Simpan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Nilai"] = "3,2",
            ["Form.Versi"] = VersionField().Match(opened).Groups[1].Value,
            ["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(opened),
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain($"telah diubah oleh {ConcurrencyApp.OtherPlanner}");
        html.ShouldContain("realisasi 3,5");
        html.ShouldContain("value=\"3,2\"");
        (await StoredRealisationAsync(app, 2021, Period.Q2)).ShouldBe(3.5m);
    }

    /// <summary>Two API clients read the same realisation; the second to write with the ETag it read gets 409 and the first one's value.</summary>
    public static async Task Stale_if_match_answers_409_showing_the_other_value(ConcurrencyApp app)
    {
        var first = await app.SignInAsync();
        var second = await app.SignInAsync(ConcurrencyApp.OtherPlanner);
        var read = await first.GetAsync("/api/v1/realisasi/EKPPD/2021/tw2");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tag = read.Headers.ETag!.Tag;

        var won = await PutAsync(second, tag, 3.6m);
        var lost = await PutAsync(first, tag, 3.3m);

        won.StatusCode.ShouldBe(HttpStatusCode.OK);
        won.Headers.ETag!.Tag.ShouldNotBe(tag);
        lost.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var problem = JsonDocument.Parse(await lost.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty("versi")[0].GetString()!;
        message.ShouldContain($"telah diubah oleh {ConcurrencyApp.OtherPlanner}");
        message.ShouldContain("realisasi 3,6");
        (await StoredRealisationAsync(app, 2021, Period.Q2)).ShouldBe(3.6m);
        (await PutAsync(first, won.Headers.ETag!.Tag, 3.3m)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>Once Triwulan II is approved, neither its target nor the indicator's arah may move its capaian.</summary>
    public static async Task Approved_quarter_refuses_its_target_and_arah_and_keeps_its_capaian(ConcurrencyApp app)
    {
        var client = await app.SignInAsync();
        await app.SetStatusAsync("EKPPD", 2021, Period.Q2, ApprovalStatus.Approved);
        var before = await CapaianAsync(client, "tw2");
        using var indicator = JsonDocument.Parse(await client.GetStringAsync("/api/v1/indikator/EKPPD"));
        var turned = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(indicator.RootElement.GetRawText())!;
        turned["arah"] = JsonSerializer.SerializeToElement("turun");

        var target = await client.PutAsJsonAsync("/api/v1/target", new { indikator = "EKPPD", tahun = 2021, jenis = "tw2", nilai = 5m });
        var arah = await client.PutAsJsonAsync("/api/v1/indikator/EKPPD", turned);
        var otherQuarter = await client.PutAsJsonAsync("/api/v1/target", new { indikator = "EKPPD", tahun = 2021, jenis = "tw3", nilai = 3.1m });

        target.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await target.Content.ReadAsStringAsync()).ShouldContain("Triwulan II 2021");
        arah.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await arah.Content.ReadAsStringAsync()).ShouldContain("Triwulan II 2021");
        otherQuarter.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CapaianAsync(client, "tw2")).ShouldBe(before);
        (await app.App.QueryAsync(db => db.Indicators.AsNoTracking().Where(i => i.Code == "EKPPD").Select(i => i.Direction).SingleAsync())).ShouldBe(Direction.Increase);
    }

    /// <summary>
    /// An indicator without a pk target computes its annual capaian from the Renstra target: once that year is
    /// approved, the indicator form may not change that year's Renstra target, but still any other year's.
    /// </summary>
    public static async Task Approved_year_locks_the_renstra_target_it_falls_back_on(ConcurrencyApp app)
    {
        var client = await app.SignInAsync();
        (await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "NILAI_AKIP", tahun = 2021, periode = "tahunan", nilai = 76m })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await app.SetStatusAsync("NILAI_AKIP", 2021, Period.Annual, ApprovalStatus.Approved);
        const string page = "/Perencanaan/Indikator?kode=NILAI_AKIP";

        var locked = await PostRenstraTargetAsync(client, page, 2021, "80");
        var free = await PostRenstraTargetAsync(client, page, 2022, "80");

        locked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()).ShouldContain("realisasi Tahunan 2021 (Disetujui) sudah disetujui");
        free.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await app.App.QueryAsync(db => db.Targets.AsNoTracking()
            .Where(t => t.Indicator.Code == "NILAI_AKIP" && t.Kind == TargetKind.Renstra && t.Year >= 2021 && t.Year <= 2022).OrderBy(t => t.Year).Select(t => t.Value).ToListAsync());
        stored.ShouldBe([76.65m, 80m]);
    }

    static async Task<HttpResponseMessage> PostRenstraTargetAsync(HttpClient client, string page, int year, string value)
    {
        var html = await client.GetStringAsync(page);
        var fields = HtmlForm.Fields(html);
        var row = fields.Single(f => f.Key.StartsWith("Form.Target[", StringComparison.Ordinal) && f.Key.EndsWith("].Tahun", StringComparison.Ordinal)
            && f.Value == year.ToString(System.Globalization.CultureInfo.InvariantCulture)).Key;
        fields[row.Replace("].Tahun", "].Nilai", StringComparison.Ordinal)] = value;
        fields["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(html);
        return await client.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    static async Task ShouldBeSavedOrConflictAsync(HttpResponseMessage[] responses)
    {
        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict, string.Join(", ", statuses));
        statuses.ShouldContain(HttpStatusCode.OK);
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
        {
            using var problem = JsonDocument.Parse(await conflict.Content.ReadAsStringAsync());
            problem.RootElement.GetProperty("errors").GetProperty("versi")[0].GetString().ShouldNotBeNullOrWhiteSpace();
        }
    }

    static Task<HttpResponseMessage> PutAsync(HttpClient client, string tag, decimal value)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/realisasi")
        {
            Content = JsonContent.Create(new { indikator = "EKPPD", tahun = 2021, periode = "tw2", nilai = value }),
        };
        request.Headers.IfMatch.ParseAdd(tag);
        return client.SendAsync(request);
    }

    static Task<decimal?> StoredRealisationAsync(ConcurrencyApp app, int year, Period period) => app.App.QueryAsync(db => db.Realisations.AsNoTracking()
        .Where(r => r.Indicator.Code == "EKPPD" && r.Year == year && r.Period == period).Select(r => r.Value).SingleAsync());

    static async Task<string> CapaianAsync(HttpClient client, string period)
    {
        using var all = JsonDocument.Parse(await client.GetStringAsync("/api/v1/capaian?indikator=EKPPD&tahun=2021"));
        return all.RootElement.EnumerateArray().Single(r => r.GetProperty("periode").GetString() == period).GetRawText();
    }

    [GeneratedRegex("name=\"Form.Versi\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
