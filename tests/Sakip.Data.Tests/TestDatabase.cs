using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Sakip.Data.Tests;

/// <summary>
/// A fresh, migrated database per test on each provider: a SQLite file, and — when the test script started a
/// cluster and set SAKIP_TEST_POSTGRES — a new PostgreSQL database. The same tests run on both (style D.19).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "SAKIP_TEST_POSTGRES";

    readonly Func<Task> drop;

    TestDatabase(DatabaseOptions options, Func<Task> drop)
    {
        Options = options;
        this.drop = drop;
    }

    public DatabaseOptions Options { get; }

    /// <summary>The providers to run on: SQLite always, PostgreSQL when the test script provides a cluster.</summary>
    public static TheoryData<DatabaseProvider> Providers()
    {
        var providers = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            providers.Add(DatabaseProvider.Postgres);
        }
        return providers;
    }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var database = provider switch
        {
            DatabaseProvider.Sqlite => Sqlite(),
            DatabaseProvider.Postgres => await PostgresAsync(),
        };
        await using var db = database.Open();
        await db.Database.MigrateAsync();
        return database;
    }

    public SakipDb Open() => DatabaseSetup.Create(Options);

    public async ValueTask DisposeAsync() => await drop();

    static TestDatabase Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"sakip-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(new DatabaseOptions(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False"), () =>
        {
            File.Delete(file);
            return Task.CompletedTask;
        });
    }

    static async Task<TestDatabase> PostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)!;
        var name = $"sakip_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false };
        return new TestDatabase(new DatabaseOptions(DatabaseProvider.Postgres, builder.ConnectionString), async () =>
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var dropCommand = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await dropCommand.ExecuteNonQueryAsync();
        });
    }
}
