using System.Globalization;
using Npgsql;

namespace Sakip.LoadDriver;

/// <summary>Creates and signs in the users, then measures the dashboard, the capaian API and the trivial endpoint.</summary>
static class RunCommand
{
    public static async Task<int> RunAsync(Options options, CancellationToken ct)
    {
        var connectionString = options.Required("postgres");
        var baseUrl = new Uri(options.Required("url"));
        if (!baseUrl.IsLoopback)
        {
            Console.Error.WriteLine("--url: the load driver only runs against this machine (127.0.0.1).");
            return 2;
        }
        var duration = TimeSpan.FromSeconds(options.Int("seconds", 30));
        var warmup = TimeSpan.FromSeconds(options.Int("warmup", 5));
        var year = options.Int("year", 2024);
        var facts = await MachineFacts.ReadAsync(connectionString, ct);
        var cpu = new CpuMeter(options.OptionalInt("app-pid"), options.OptionalInt("postgres-pid"));

        var accounts = await Accounts.EnsureAsync(connectionString, options.Int("users", 50), ct);
        var users = new List<User>();
        try
        {
            foreach (var (email, unit) in accounts)
            {
                users.Add(new User(email, unit, await SignIn.AsAsync(baseUrl, email, Accounts.Password, ct)));
            }
            var results = new List<ScenarioResult>();
            foreach (var scenario in Scenarios(year))
            {
                await LoadRun.VerifyAsync(scenario, users, ct);
                await LoadRun.RunAsync(scenario, users, warmup, cpu, ct);
                var result = await LoadRun.RunAsync(scenario, users, duration, cpu, ct);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {result.Count} requests, {result.RequestsPerSecond:0.0}/s"));
                results.Add(result);
            }
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            Report.Write(Console.Out, facts with { LoadAfter = MachineFacts.LoadAverage() }, await DatasetCounts.ReadAsync(connection, ct), users.Count, duration, results);
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            users.ForEach(u => u.Client.Dispose());
        }
    }

    /// <summary>A: the dashboard page; B: the capaian API; C: the health endpoint, the same app's trivial baseline.</summary>
    static Scenario[] Scenarios(int year) =>
    [
        new("A. Dashboard", $"GET /Beranda?instansi=KODE&tahun={year}", u => $"/Beranda?instansi={u.UnitCode}&tahun={year}", u => $"IK1.{u.UnitCode}"),
        new("B. API capaian", $"GET /api/v1/capaian?instansi=KODE&tahun={year}", u => $"/api/v1/capaian?instansi={u.UnitCode}&tahun={year}", u => $"IK1.{u.UnitCode}"),
        new("C. Trivial", "GET /sehat", _ => "/sehat", _ => "ok"),
    ];
}
