namespace Sakip.Benchmarks.Measuring;

/// <summary>One read-and-validate run of a whole package, in a fresh process.</summary>
/// <param name="Rows">Data rows of every file (records produced).</param>
/// <param name="CpuSeconds">Processor time of all the process's threads (JIT and GC included) while reading: unlike
/// <paramref name="Seconds"/>, hardly affected by other work on a shared machine.</param>
/// <param name="PeakWorkingSetBefore">The process's peak working set before reading: the runtime's own share.</param>
sealed record ReadFigures(
    long Rows, long RealisationRows, double Seconds, double CpuSeconds, long PeakWorkingSet, long PeakWorkingSetBefore, long AllocatedBytes, int Errors)
{
    public double RowsPerSecond => Rows / Seconds;
}
