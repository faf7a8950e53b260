using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.ScaleOut;

/// <summary>
/// With <c>ConnectionStrings:SakipReadOnly</c>, reporting reads (API GETs, Perbandingan, export) go to the replica
/// and everything else to the primary.
/// </summary>
public sealed class ReadReplicaTests
{
    const string Capaian = "/api/v1/capaian?instansi=SETDA&tahun=2021";

    [Fact]
    public async Task Reports_read_the_replica_and_the_dashboard_reads_the_primary()
    {
        var replica = Path.Combine(Path.GetTempPath(), $"sakip-replica-{Guid.NewGuid():N}.db");
        using var app = new SakipWebFactory { Settings = new Dictionary<string, string?> { ["ConnectionStrings:SakipReadOnly"] = $"Data Source={replica}" } };
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        // The replica is a snapshot of the demo database; then only the primary changes, as if replication lagged.
        await app.QueryAsync(db => db.Database.ExecuteSqlAsync($"VACUUM INTO {replica}"));
        await app.QueryAsync(async db =>
        {
            (await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Annual)).Value = 3.095m;
            return await db.SaveChangesAsync();
        });

        var reported = await ReportedRealisationAsync(client, "EKPPD");
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/Beranda?instansi=SETDA&tahun=2021"));
        var comparison = WebUtility.HtmlDecode(await client.GetStringAsync("/Perbandingan?indikator=EKPPD"));

        reported.ShouldBe(3.0885m);
        dashboard.ShouldContain("Capaian = 3,095 / 3,095 × 100 = 100,00 %");
        comparison.ShouldContain("3,0885");
        comparison.ShouldNotContain("3,095 / 3,095");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(replica);
    }

    [PostgresFact]
    public async Task Every_report_works_on_a_read_only_connection_and_writes_still_reach_the_primary()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var readOnly = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Options = "-c default_transaction_read_only=on" }.ConnectionString;
        using var app = new SakipWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "postgres",
                ["ConnectionStrings:Sakip"] = database.ConnectionString,
                ["ConnectionStrings:SakipReadOnly"] = readOnly,
            },
        };
        var package = PackageReader.Read(Path.Combine(AppContext.BaseDirectory, "demo", "kaltim-setda-2021")).Data!;
        await app.QueryAsync(db => DatasetImporter.ImportAsync(db, package, "uji", DateTimeOffset.UtcNow));
        await app.CreateUserAsync("perencana.setda@uji.sakip.id", Roles.Planner, "SETDA");
        var client = await app.SignInAsync("perencana.setda@uji.sakip.id");

        string[] reports =
        [
            "/api/v1/instansi", "/api/v1/instansi/SETDA", "/api/v1/rencana?instansi=SETDA", "/api/v1/indikator?instansi=SETDA",
            "/api/v1/indikator/EKPPD", "/api/v1/target?indikator=EKPPD", "/api/v1/realisasi?indikator=EKPPD", Capaian,
            "/api/v1/perjanjian/versi?instansi=SETDA&tahun=2021",
            "/Perbandingan?instansi=SETDA", "/Perbandingan?indikator=EKPPD", "/ImporEkspor?handler=Unduh&instansi=SETDA&tahun=2021",
        ];
        foreach (var report in reports)
        {
            (await client.GetAsync(report)).StatusCode.ShouldBe(HttpStatusCode.OK, report);
        }
        var saved = await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "EKPPD", tahun = 2021, periode = "tw3", nilai = 3.09m });

        saved.StatusCode.ShouldBe(HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
        (await ReportedRealisationAsync(client, "EKPPD", "tw3")).ShouldBe(3.09m);
    }

    static async Task<decimal?> ReportedRealisationAsync(HttpClient client, string indicator, string period = "tahunan")
    {
        using var results = JsonDocument.Parse(await client.GetStringAsync(Capaian));
        var result = results.RootElement.EnumerateArray()
            .Single(r => r.GetProperty("indikator").GetString() == indicator && r.GetProperty("periode").GetString() == period);
        return result.GetProperty("realisasi").GetDecimal();
    }
}
