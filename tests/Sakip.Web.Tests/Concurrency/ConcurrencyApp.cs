using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Concurrency;

/// <summary>
/// An app with the sample agency and two planners of Setda, on SQLite (the demo start) or on a PostgreSQL database
/// of its own (the sample package imported), so every concurrency scenario runs on both providers.
/// </summary>
public sealed class ConcurrencyApp : IAsyncDisposable
{
    public const string Planner = "perencana.satu@uji.sakip.id";
    public const string OtherPlanner = "perencana.dua@uji.sakip.id";
    public const string Admin = "admin.satu@uji.sakip.id";

    PostgresDatabase? database;

    ConcurrencyApp(SakipWebFactory app, PostgresDatabase? database)
    {
        App = app;
        this.database = database;
    }

    public SakipWebFactory App { get; }

    public static async Task<ConcurrencyApp> SqliteAsync()
    {
        var app = new SakipWebFactory();
        await app.CreateUserAsync(Planner, Roles.Planner, "SETDA");
        await app.CreateUserAsync(OtherPlanner, Roles.Planner, "SETDA");
        await app.CreateUserAsync(Admin, Roles.Admin, "SETDA");
        return new ConcurrencyApp(app, null);
    }

    public static async Task<ConcurrencyApp> PostgresAsync()
    {
        var database = await PostgresDatabase.CreateAsync();
        var app = new SakipWebFactory
        {
            Settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "postgres",
                ["ConnectionStrings:Sakip"] = database.ConnectionString,
            },
        };
        var package = PackageReader.Read(Path.Combine(AppContext.BaseDirectory, "demo", "kaltim-setda-2021")).Data!;
        await app.QueryAsync(db => DatasetImporter.ImportAsync(db, package, "uji", DateTimeOffset.UtcNow));
        await app.CreateUserAsync(Planner, Roles.Planner, "SETDA");
        await app.CreateUserAsync(OtherPlanner, Roles.Planner, "SETDA");
        await app.CreateUserAsync(Admin, Roles.Admin, "SETDA");
        return new ConcurrencyApp(app, database);
    }

    public Task<HttpClient> SignInAsync(string email = Planner) => App.SignInAsync(email);

    public async Task SetStatusAsync(string indicator, int year, Period period, ApprovalStatus status) => await App.QueryAsync(async db =>
    {
        var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == indicator && r.Year == year && r.Period == period);
        row.Status = status;
        return await db.SaveChangesAsync();
    });

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        if (database is not null)
        {
            await database.DisposeAsync();
            database = null;
        }
    }
}
