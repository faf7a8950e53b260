using Npgsql;

namespace Sakip.Web.Tests.Infrastructure;

/// <summary>
/// A new, empty database on the cluster the test script started (<c>SAKIP_TEST_POSTGRES</c>), dropped afterwards,
/// for tests that need several app instances on one PostgreSQL.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "SAKIP_TEST_POSTGRES";

    readonly string server;
    readonly string name;

    PostgresDatabase(string server, string name)
    {
        this.server = server;
        this.name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static bool Available => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable));

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var database = new PostgresDatabase(Environment.GetEnvironmentVariable(Variable)!, $"sakip_web_{Guid.NewGuid():N}");
        await database.ExecuteAsync($"CREATE DATABASE {database.name}");
        return database;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");

    async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
