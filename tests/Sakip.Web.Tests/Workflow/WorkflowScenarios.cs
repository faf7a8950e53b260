using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Concurrency;

namespace Sakip.Web.Tests.Workflow;

/// <summary>
/// The approval cycle through the web app, run on SQLite and PostgreSQL: a quarter's realisasi is submitted, returned
/// with a note, resubmitted and approved by a Verifikator of the unit above; every write to it or its inputs is then
/// refused, until the approver unlocks it with a reason; the change is approved again as a second revision.
/// </summary>
public static class WorkflowScenarios
{
    public const string ProvinceVerifier = "verifikator.prov@uji.sakip.id";
    public const string SetdaVerifier = "verifikator.setda@uji.sakip.id";
    const string Quarter = "/api/v1/alur/SETDA/realisasi/2021/tw2";

    public static async Task Quarter_goes_through_the_whole_cycle_and_is_locked_while_approved(ConcurrencyApp app)
    {
        await app.App.CreateUserAsync(ProvinceVerifier, Roles.Verifier, "KALTIM");
        await app.App.CreateUserAsync(SetdaVerifier, Roles.Verifier, "SETDA");
        var planner = await app.SignInAsync();
        var verifier = await app.App.SignInAsync(ProvinceVerifier);
        var sameUnit = await app.App.SignInAsync(SetdaVerifier);

        (await StatusAsync(await planner.PostAsJsonAsync($"{Quarter}/ajukan", new { }))).ShouldBe("diajukan");
        (await PutRealisationAsync(planner, 4m)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await sameUnit.PostAsJsonAsync($"{Quarter}/setujui", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await planner.PostAsJsonAsync($"{Quarter}/setujui", new { })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await InboxAsync(verifier, "menunggu_verifikasi")).ShouldContain("Realisasi Triwulan II 2021");

        (await verifier.PostAsJsonAsync($"{Quarter}/kembalikan", new { catatan = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StatusAsync(await verifier.PostAsJsonAsync($"{Quarter}/kembalikan", new { catatan = "Lampirkan bukti EKPPD." }))).ShouldBe("dikembalikan");
        (await InboxAsync(planner, "dikembalikan")).ShouldContain("Lampirkan bukti EKPPD.");
        (await PutRealisationAsync(planner, 3.1m)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(await planner.PostAsJsonAsync($"{Quarter}/ajukan", new { }))).ShouldBe("diajukan");
        (await StatusAsync(await verifier.PostAsJsonAsync($"{Quarter}/setujui", new { }))).ShouldBe("disetujui");

        // Approved: the realisation, its target and the indicator's arah are refused through the API; the page says so.
        (await PutRealisationAsync(planner, 4m)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await planner.PutAsJsonAsync("/api/v1/target", new { indikator = "EKPPD", tahun = 2021, jenis = "tw2", nilai = 5m })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await planner.PostAsJsonAsync($"{Quarter}/ajukan", new { })).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var page = await planner.GetStringAsync("/Alur/Objek?instansi=SETDA&objek=realisasi&tahun=2021&periode=tw2");
        page.ShouldContain("Disetujui");
        page.ShouldNotContain("id=\"ajukan\"");

        (await sameUnit.PostAsJsonAsync($"{Quarter}/buka", new { catatan = "Koreksi" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StatusAsync(await verifier.PostAsJsonAsync($"{Quarter}/buka", new { catatan = "Koreksi nilai EKPPD" }))).ShouldBe("draf");
        (await PutRealisationAsync(planner, 3.2m)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StatusAsync(await planner.PostAsJsonAsync($"{Quarter}/ajukan", new { }))).ShouldBe("diajukan");
        using var approved = JsonDocument.Parse(await (await verifier.PostAsJsonAsync($"{Quarter}/setujui", new { })).Content.ReadAsStringAsync());
        approved.RootElement.GetProperty("revisi").GetInt32().ShouldBe(2);
        approved.RootElement.GetProperty("riwayat").EnumerateArray().Select(s => s.GetProperty("aksi").GetString())
            .ShouldBe(["ajukan", "kembalikan", "ajukan", "setujui", "buka", "ajukan", "setujui"]);

        var audit = await app.App.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Entity == "workflow_steps").OrderBy(e => e.Id)
            .Select(e => new { e.Action, e.UserName, e.Address, e.NewValues }).ToListAsync());
        audit.Select(a => a.Action).ShouldBe(["ajukan", "kembalikan", "ajukan", "setujui", "buka", "ajukan", "setujui"]);
        audit[4].NewValues!.ShouldContain("Koreksi nilai EKPPD");
        audit[3].UserName.ShouldBe(ProvinceVerifier);
        // Each change of the realisation while it was open, with its old and new value.
        var changes = await app.App.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Entity == "realisations" && e.Action == "ubah").Select(e => e.NewValues).ToListAsync());
        changes.ShouldContain(v => v!.Contains("3.2"));
    }

    static Task<HttpResponseMessage> PutRealisationAsync(HttpClient client, decimal value) =>
        client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "EKPPD", tahun = 2021, periode = "tw2", nilai = value });

    static async Task<string> StatusAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("status").GetString()!;
    }

    static async Task<string> InboxAsync(HttpClient client, string list)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/alur/kotak"));
        return json.RootElement.GetProperty(list).GetRawText();
    }
}
