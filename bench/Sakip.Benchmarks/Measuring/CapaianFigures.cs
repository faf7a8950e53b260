namespace Sakip.Benchmarks.Measuring;

/// <summary>One run of <c>CapaianCalculator.All()</c> over a package read beforehand, in a fresh process.</summary>
/// <param name="IndexSeconds">Building the <c>PerformanceIndex</c> (the calculator's lookups).</param>
/// <param name="ComputeSeconds">Enumerating every result of <c>All()</c>.</param>
/// <param name="CpuSeconds">Processor time of all the process's threads over both steps.</param>
sealed record CapaianFigures(long Computations, double IndexSeconds, double ComputeSeconds, double CpuSeconds, long AllocatedBytes)
{
    public double Seconds => IndexSeconds + ComputeSeconds;

    public double ComputationsPerSecond => Computations / Seconds;
}
