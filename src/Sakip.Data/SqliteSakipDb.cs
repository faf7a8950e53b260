using Microsoft.EntityFrameworkCore;

namespace Sakip.Data;

/// <summary>The embedded SQLite database (the default). Migrations: <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteSakipDb(DbContextOptions<SqliteSakipDb> options) : SakipDb(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<decimal>().HaveConversion<ScalePreservingDecimalConverter>();
    }
}
