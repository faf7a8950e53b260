using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;

namespace Sakip.Cli.Commands;

/// <summary>The database of the commands that use one: the same settings as the web app, with <c>--data</c> to override the folder.</summary>
static class CliDatabase
{
    public static Option<string?> DataOption() => new("--data")
    {
        Description = "Folder data (berkas SQLite); bawaan: SAKIP_DATA_DIR atau ./data. PostgreSQL: Database__Provider=postgres dan ConnectionStrings__Sakip",
        HelpName = "FOLDER",
    };

    /// <summary>Opens the database and brings its schema up to date, so every command works on a fresh folder.</summary>
    public static async Task<SakipDb> OpenAsync(string? dataDirectory, CancellationToken ct = default)
    {
        var options = DatabaseOptions.FromEnvironment(dataDirectory);
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            Directory.CreateDirectory(DatabaseOptions.DataDirectory(dataDirectory));
        }
        var db = DatabaseSetup.Create(options);
        await db.Database.MigrateAsync(ct);
        return db;
    }
}
