using Npgsql;

namespace Sakip.LoadDriver;

/// <summary>The row counts of the tables the benchmark reads, for the report.</summary>
static class DatasetCounts
{
    static readonly string[] Tables = ["units", "plan_elements", "indicators", "targets", "realisations", "budget_lines"];

    public static async Task<List<(string Table, long Rows)>> ReadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var counts = new List<(string, long)>();
        foreach (var table in Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts.Add((table, (long)(await command.ExecuteScalarAsync(ct))!));
        }
        return counts;
    }
}
