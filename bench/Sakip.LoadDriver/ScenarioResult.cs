namespace Sakip.LoadDriver;

/// <summary>The requests of one scenario: count, errors, throughput, latency percentiles (nearest rank), CPU seconds used.</summary>
sealed record ScenarioResult(
    Scenario Scenario, int Count, int Errors, TimeSpan Elapsed, double[] SortedMilliseconds, (double App, double Postgres)? CpuSeconds)
{
    /// <summary>CPU milliseconds per request of the app and of PostgreSQL, when measured.</summary>
    public string CpuPerRequest => CpuSeconds is { } cpu && Count > 0
        ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{cpu.App * 1000 / Count:0.00} / {cpu.Postgres * 1000 / Count:0.00}")
        : "—";

    public double RequestsPerSecond => Count / Elapsed.TotalSeconds;

    public double Percentile(double p) =>
        SortedMilliseconds.Length == 0 ? double.NaN : SortedMilliseconds[Math.Max(0, (int)Math.Ceiling(p / 100 * SortedMilliseconds.Length) - 1)];

    public double Max => SortedMilliseconds.Length == 0 ? double.NaN : SortedMilliseconds[^1];
}
