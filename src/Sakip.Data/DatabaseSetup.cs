using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Sakip.Data;

/// <summary>Registers <see cref="SakipDb"/> for the chosen provider and migrates it.</summary>
public static class DatabaseSetup
{
    public static IServiceCollection AddSakipDb(this IServiceCollection services, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContextPool<SqliteSakipDb>(o => Configure(o, options));
                services.AddScoped<SakipDb>(sp => sp.GetRequiredService<SqliteSakipDb>());
                break;
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<PostgresSakipDb>(o => Configure(o, options));
                services.AddScoped<SakipDb>(sp => sp.GetRequiredService<PostgresSakipDb>());
                break;
        }
        return services;
    }

    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(options.ConnectionString);
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString);
                break;
        }
    }

    /// <summary>A context outside dependency injection, for the CLI and tests.</summary>
    public static SakipDb Create(DatabaseOptions options) => Factory(options)();

    /// <summary>Opens contexts on one database, its options built once (for a context opened per request).</summary>
    public static Func<SakipDb> Factory(DatabaseOptions options)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = Build<SqliteSakipDb>(options);
                return () => new SqliteSakipDb(sqlite);
            default:
                var postgres = Build<PostgresSakipDb>(options);
                return () => new PostgresSakipDb(postgres);
        }
    }

    static DbContextOptions<T> Build<T>(DatabaseOptions options)
        where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        Configure(builder, options);
        return builder.Options;
    }
}
