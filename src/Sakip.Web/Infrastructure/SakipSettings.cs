using Sakip.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>How this instance runs, from configuration and environment.</summary>
/// <param name="DataDirectory">The app's data folder (<c>SAKIP_DATA_DIR</c>, default <c>./data</c>): SQLite file and uploads.</param>
/// <param name="Demo">Whether an empty database gets the example agency and demo accounts (never on PostgreSQL or with --no-demo).</param>
/// <param name="UploadDirectory">Where evidence files and uploads are stored; shared storage when running several instances.</param>
/// <param name="ReadOnlyDatabase">The replica that reporting reads go to (<c>ConnectionStrings:SakipReadOnly</c>), if any.</param>
public sealed record SakipSettings(string DataDirectory, DatabaseOptions Database, bool Demo, string UploadDirectory, DatabaseOptions? ReadOnlyDatabase = null)
{
    public const string NoDemoFlag = "--no-demo";

    /// <summary>The largest upload accepted (data packages and evidence files).</summary>
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    public static SakipSettings From(IConfiguration configuration, bool noDemo)
    {
        var dataDirectory = Path.GetFullPath(configuration["SAKIP_DATA_DIR"] ?? "data");
        var database = DatabaseOptions.From(key => configuration[key], dataDirectory);
        var postgres = database.Provider == DatabaseProvider.Postgres;
        var uploads = configuration["Sakip:UploadDirectory"] ?? Path.Combine(dataDirectory, "uploads");
        return new SakipSettings(dataDirectory, database, Demo: !postgres && !noDemo, uploads,
            DatabaseOptions.ReadOnlyFrom(key => configuration[key], database));
    }
}
