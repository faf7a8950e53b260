using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// Every stored row of the app's SQLite database as text, so a test can tell that a refused request stored nothing.
/// Left out: the key ring, and the sign-in bookkeeping a failed sign-in legitimately changes (its counters and its
/// <c>gagal_masuk</c> entry in the audit trail).
/// </summary>
public static class DatabaseFingerprint
{
    static readonly HashSet<string> SkippedTables = ["DataProtectionKeys", "__EFMigrationsHistory", "__EFMigrationsLock", "sqlite_sequence"];
    static readonly HashSet<string> SkippedColumns = ["AccessFailedCount", "LockoutEnd", "SecurityStamp", "ConcurrencyStamp", "LastUsedAt"];

    public static Task<string> TakeAsync(SakipWebFactory app) => app.QueryAsync(async db =>
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var text = new StringBuilder();
        foreach (var table in await TablesAsync(connection))
        {
            text.Append('#').AppendLine(table);
            await using var command = connection.CreateCommand();
            command.CommandText = table == "audit_entries"
                ? "SELECT * FROM audit_entries WHERE \"Action\" <> 'gagal_masuk' ORDER BY 1"
                : $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    if (!SkippedColumns.Contains(reader.GetName(i)))
                    {
                        text.Append(reader.GetName(i)).Append('=').Append(reader.IsDBNull(i) ? "∅" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                    }
                }
                text.AppendLine();
            }
        }
        return text.ToString();
    });

    static async Task<List<string>> TablesAsync(DbConnection connection)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (!SkippedTables.Contains(reader.GetString(0)))
            {
                tables.Add(reader.GetString(0));
            }
        }
        return tables;
    }
}
