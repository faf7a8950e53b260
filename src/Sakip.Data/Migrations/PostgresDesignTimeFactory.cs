using Microsoft.EntityFrameworkCore.Design;

namespace Sakip.Data.Migrations;

/// <summary>The PostgreSQL design-time context; no server is contacted while generating migrations.</summary>
sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSakipDb>
{
    public PostgresSakipDb CreateDbContext(string[] args) =>
        (PostgresSakipDb)DatabaseSetup.Create(new DatabaseOptions(DatabaseProvider.Postgres, "Host=localhost;Database=sakip_design"));
}
