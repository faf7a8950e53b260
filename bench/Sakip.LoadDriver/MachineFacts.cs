using System.Runtime.InteropServices;
using Npgsql;

namespace Sakip.LoadDriver;

/// <summary>Where and when the figures were measured; the load average says how busy the machine was.</summary>
sealed record MachineFacts(DateTimeOffset Started, int Cores, string Os, string Runtime, string Postgres, string LoadBefore, string LoadAfter)
{
    public static async Task<MachineFacts> ReadAsync(string connectionString, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("SHOW server_version", connection);
        var postgres = (string)(await command.ExecuteScalarAsync(ct))!;
        return new MachineFacts(DateTimeOffset.UtcNow, Environment.ProcessorCount, RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription, postgres, LoadAverage(), "");
    }

    /// <summary>The 1, 5 and 15 minute load averages (Linux), or "?" elsewhere.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
