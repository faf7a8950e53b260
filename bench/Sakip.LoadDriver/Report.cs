using System.Globalization;

namespace Sakip.LoadDriver;

/// <summary>The Markdown report: machine, dataset, one row per scenario, and throughput as a ratio to the trivial endpoint.</summary>
static class Report
{
    const double GoalP95 = 100;

    public static void Write(TextWriter output, MachineFacts facts, List<(string Table, long Rows)> counts, int users, TimeSpan duration, List<ScenarioResult> results)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"Measured {facts.Started:yyyy-MM-dd HH:mm} UTC on {facts.Cores} cores, {facts.Os}, {facts.Runtime}, PostgreSQL {facts.Postgres}."));
        output.WriteLine($"Load average (1/5/15 min) before: {facts.LoadBefore}; after: {facts.LoadAfter}.");
        output.WriteLine(string.Create(inv, $"Dataset: {string.Join(", ", counts.Select(c => $"{c.Table} {c.Rows:N0}"))}."));
        output.WriteLine(string.Create(inv, $"{users} signed-in users per scenario, each one request at a time, {duration.TotalSeconds:0} s per scenario after a warm-up."));
        output.WriteLine();
        output.WriteLine("| Scenario | Request | Requests | Errors | req/s | p50 ms | p95 ms | p99 ms | max ms | p95 < 100 ms | CPU ms/req app / PostgreSQL |");
        output.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---|---:|");
        foreach (var r in results)
        {
            var goal = IsTrivial(r) ? "—" : r.Percentile(95) < GoalP95 ? "yes" : "no";
            output.WriteLine(string.Create(inv,
                $"| {r.Scenario.Name} | `{r.Scenario.Request}` | {r.Count} | {r.Errors} | {r.RequestsPerSecond:0.0} | {r.Percentile(50):0.0} | {r.Percentile(95):0.0} | {r.Percentile(99):0.0} | {r.Max:0.0} | {goal} | {r.CpuPerRequest} |"));
        }
        if (results.FirstOrDefault(IsTrivial) is { RequestsPerSecond: > 0 } trivial)
        {
            output.WriteLine();
            var ratios = results.Where(r => !IsTrivial(r)).Select(r => string.Create(inv, $"{r.Scenario.Name[..1]}/C = {r.RequestsPerSecond / trivial.RequestsPerSecond:0.000}"));
            output.WriteLine($"Throughput ratio to the trivial endpoint: {string.Join(", ", ratios)}.");
        }
    }

    static bool IsTrivial(ScenarioResult result) => result.Scenario.Name.StartsWith("C.", StringComparison.Ordinal);
}
