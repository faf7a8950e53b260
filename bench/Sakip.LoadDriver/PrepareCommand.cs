using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Sakip.Data;

namespace Sakip.LoadDriver;

/// <summary>Creates the benchmark database, migrates it with the app's migrations and loads the national dataset.</summary>
static partial class PrepareCommand
{
    public static async Task<int> RunAsync(Options options, CancellationToken ct)
    {
        var server = options.Required("postgres");
        var name = options.Required("database");
        if (!DatabaseName().IsMatch(name))
        {
            Console.Error.WriteLine("--database: only lower-case letters, digits and '_'.");
            return 2;
        }
        var shape = new DatasetShape(options.Int("pemda", 500), options.Int("agencies", 40), options.Ints("years", [2023, 2024]));
        await RecreateAsync(server, name, ct);
        var target = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;

        var clock = Stopwatch.StartNew();
        await using (var db = DatabaseSetup.Create(new DatabaseOptions(DatabaseProvider.Postgres, target)))
        {
            await db.Database.MigrateAsync(ct);
        }
        var migrated = clock.Elapsed;
        await using var connection = new NpgsqlConnection(target);
        await connection.OpenAsync(ct);
        NationalDataset.Write(connection, shape);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Database {name}: migrated in {migrated.TotalSeconds:0.0} s, dataset loaded in {(clock.Elapsed - migrated).TotalSeconds:0.0} s."));
        foreach (var (table, rows) in await DatasetCounts.ReadAsync(connection, ct))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {table,-14} {rows,10:N0}"));
        }
        return 0;
    }

    static async Task RecreateAsync(string server, string name, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync(ct);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS {name} WITH (FORCE)", $"CREATE DATABASE {name}" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex DatabaseName();
}
