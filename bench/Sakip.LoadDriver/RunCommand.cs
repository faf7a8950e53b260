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
        var chosen = options.Text("scenarios", "ABCDE");
        var facts = await MachineFacts.ReadAsync(connectionString, ct);
        var cpu = new CpuMeter(options.OptionalInt("app-pid"), options.OptionalInt("postgres-pid"));

        var accounts = await Accounts.EnsureAsync(connectionString, options.Int("users", 50), ct);
        var units = await UnitCodesAsync(connectionString, ct);
        var users = new List<(UserGroup Group, User User)>();
        try
        {
            foreach (var (email, unit, group) in accounts)
            {
                users.Add((group, new User(email, unit, await SignIn.AsAsync(baseUrl, email, Accounts.Password, ct))));
            }
            var results = new List<ScenarioResult>();
            foreach (var scenario in Scenarios(year, units).Where(s => chosen.Contains(s.Name[0], StringComparison.Ordinal)))
            {
                var group = users.Where(u => u.Group == scenario.Users).Select(u => u.User).ToList();
                await LoadRun.VerifyAsync(scenario, group, ct);
                await LoadRun.RunAsync(scenario, group, warmup, cpu, ct);
                var result = await LoadRun.RunAsync(scenario, group, duration, cpu, ct);
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Name}: {result.Count} requests, {result.RequestsPerSecond:0.0}/s"));
                results.Add(result);
            }
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            Report.Write(Console.Out, facts with { LoadAfter = MachineFacts.LoadAverage() }, await DatasetCounts.ReadAsync(connection, ct), users.Count / 2, duration, results);
            return results.Any(r => r.Errors > 0) ? 1 : 0;
        }
        finally
        {
            users.ForEach(u => u.User.Client.Dispose());
        }
    }

    /// <summary>
    /// A: the dashboard page of the user's own unit; B: the capaian API; C: the health endpoint, the same app's trivial
    /// baseline; D: the dashboard of a random unit below the root on every request, so most views are the first of
    /// their unit at its data version and find nothing cached; E: saving a realisation of the user's own unit (every
    /// save also moves the data version of the unit and of every unit above it, up to the national root).
    /// </summary>
    static Scenario[] Scenarios(int year, List<string> units) =>
    [
        new("A. Dashboard", $"GET /Beranda?instansi=KODE&tahun={year}", UserGroup.Unit, u => new($"/Beranda?instansi={u.UnitCode}&tahun={year}", $"IK1.{u.UnitCode}")),
        new("B. API capaian", $"GET /api/v1/capaian?instansi=KODE&tahun={year}", UserGroup.Unit, u => new($"/api/v1/capaian?instansi={u.UnitCode}&tahun={year}", $"IK1.{u.UnitCode}")),
        new("C. Trivial", "GET /sehat", UserGroup.Unit, _ => new("/sehat", "ok")),
        new("D. Dashboard, first views", $"GET /Beranda?instansi=ACAK&tahun={year}", UserGroup.National, _ =>
        {
            var unit = units[Random.Shared.Next(units.Count)];
            return new($"/Beranda?instansi={unit}&tahun={year}", $"IK1.{unit}");
        }),
        // The next year: the generated realisations of the measured years are approved, hence locked (409). Values stay
        // within 0–100: IK1 is in per cent, and a value above 100 is a warning the API saves only when confirmed.
        new("E. Save realisasi", $"PUT /api/v1/realisasi (tw1 {year + 1}, own unit)", UserGroup.Unit, u => new("/api/v1/realisasi", $"IK1.{u.UnitCode}",
            string.Create(CultureInfo.InvariantCulture, $$"""{"indikator":"IK1.{{u.UnitCode}}","tahun":{{year + 1}},"periode":"tw1","nilai":{{Random.Shared.Next(1, 10_000) / 100m}}}"""))),
    ];

    /// <summary>Every unit below the root (the root's dashboard rolls up the whole country and is not what D measures).</summary>
    static async Task<List<string>> UnitCodesAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("""SELECT "Code" FROM units WHERE "ParentId" IS NOT NULL ORDER BY "Id" """, connection);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var codes = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            codes.Add(reader.GetString(0));
        }
        return codes;
    }
}
