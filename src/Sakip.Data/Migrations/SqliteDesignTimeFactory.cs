using Microsoft.EntityFrameworkCore.Design;

namespace Sakip.Data.Migrations;

/// <summary>Lets <c>dotnet ef migrations add</c> build each provider's context without the web app.</summary>
sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSakipDb>
{
    public SqliteSakipDb CreateDbContext(string[] args) =>
        (SqliteSakipDb)DatabaseSetup.Create(new DatabaseOptions(DatabaseProvider.Sqlite, "Data Source=design.db"));
}
