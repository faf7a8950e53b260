using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sakip.Cli.Terminal;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip db migrate</c>: creates or upgrades the database schema.</summary>
static class DbCommand
{
    public static Command Create(CliConsole console)
    {
        var data = CliDatabase.DataOption();
        var migrate = new Command("migrate", "Buat atau perbarui skema basis data ke versi terbaru") { data };
        migrate.SetAction(parsed => Run(parsed.GetValue(data), console));
        return new Command("db", "Pengelolaan basis data") { migrate };
    }

    static int Run(string? dataDirectory, CliConsole console)
    {
        using var db = CliDatabase.OpenAsync(dataDirectory).GetAwaiter().GetResult();
        var applied = db.Database.GetAppliedMigrations().Count();
        console.Out.WriteLine($"Basis data mutakhir ({applied} migrasi diterapkan).");
        return CliApp.Ok;
    }
}
