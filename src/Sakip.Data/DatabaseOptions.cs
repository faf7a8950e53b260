namespace Sakip.Data;

/// <summary>Which database to use: the embedded SQLite file (default) or PostgreSQL.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The SQLite file in the data folder (<c>SAKIP_DATA_DIR</c>, default <c>./data</c>).</summary>
    public static DatabaseOptions Sqlite(string dataDirectory) =>
        new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataDirectory, "sakip.db")}");

    /// <summary>
    /// The database the settings name: <c>Database:Provider=postgres</c> with <c>ConnectionStrings:Sakip</c>, else the
    /// SQLite file in <paramref name="dataDirectory"/>. The web app and the CLI resolve it the same way.
    /// </summary>
    /// <param name="setting">Looks up a setting by its configuration key (<c>Database:Provider</c>).</param>
    public static DatabaseOptions From(Func<string, string?> setting, string dataDirectory) =>
        string.Equals(setting("Database:Provider"), "postgres", StringComparison.OrdinalIgnoreCase)
            ? new DatabaseOptions(DatabaseProvider.Postgres, setting("ConnectionStrings:Sakip")
                ?? throw new InvalidOperationException("Database:Provider=postgres needs ConnectionStrings:Sakip."))
            : Sqlite(dataDirectory);

    /// <summary>
    /// The read-only replica for reporting reads, <c>ConnectionStrings:SakipReadOnly</c>, on the primary's provider;
    /// null when none is configured.
    /// </summary>
    public static DatabaseOptions? ReadOnlyFrom(Func<string, string?> setting, DatabaseOptions primary) =>
        setting("ConnectionStrings:SakipReadOnly") is { Length: > 0 } connectionString ? primary with { ConnectionString = connectionString } : null;

    /// <summary>The same from environment variables (<c>Database__Provider</c>, <c>ConnectionStrings__Sakip</c>, <c>SAKIP_DATA_DIR</c>).</summary>
    /// <param name="dataDirectory">Overrides <c>SAKIP_DATA_DIR</c> (default <c>./data</c>).</param>
    public static DatabaseOptions FromEnvironment(string? dataDirectory = null) =>
        From(key => Environment.GetEnvironmentVariable(key.Replace(":", "__", StringComparison.Ordinal)), DataDirectory(dataDirectory));

    public static string DataDirectory(string? overridden = null) =>
        Path.GetFullPath(overridden ?? Environment.GetEnvironmentVariable("SAKIP_DATA_DIR") ?? "data");
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
