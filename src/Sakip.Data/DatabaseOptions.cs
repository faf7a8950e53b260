namespace Sakip.Data;

/// <summary>Which database to use: the embedded SQLite file (default) or PostgreSQL.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The SQLite file in the data folder (<c>SAKIP_DATA_DIR</c>, default <c>./data</c>).</summary>
    public static DatabaseOptions Sqlite(string dataDirectory) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "sakip.db")}");
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
