namespace Sakip.Benchmarks.Measuring;

/// <summary>
/// <c>CapaianCalculator.All()</c> over a package read beforehand, in a fresh process: the first computation, which
/// includes compiling the calculator's code, then a second one on the same data (steady state).
/// </summary>
/// <param name="First">The first computation in the process.</param>
/// <param name="Second">The same computation again, the code compiled and tiered up.</param>
sealed record CapaianFigures(long Computations, CapaianRun First, CapaianRun Second);

/// <summary>One computation: building the calculator's index, then enumerating every result.</summary>
/// <param name="CpuSeconds">Processor time of all the process's threads (JIT and GC included) over both steps.</param>
sealed record CapaianRun(double IndexSeconds, double ComputeSeconds, double CpuSeconds, long AllocatedBytes)
{
    public double Seconds => IndexSeconds + ComputeSeconds;
}
