namespace Sakip.Benchmarks.Measuring;

/// <summary>One run of <c>CapaianCalculator.All()</c> over a package read beforehand, in a fresh process.</summary>
/// <param name="IndexSeconds">Building the <c>PerformanceIndex</c> (the calculator's lookups).</param>
/// <param name="ComputeSeconds">Enumerating every result of <c>All()</c>.</param>
sealed record CapaianFigures(long Computations, double IndexSeconds, double ComputeSeconds, long AllocatedBytes)
{
    public double Seconds => IndexSeconds + ComputeSeconds;

    public double ComputationsPerSecond => Computations / Seconds;
}
