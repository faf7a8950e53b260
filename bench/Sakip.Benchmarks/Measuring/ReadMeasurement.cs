using System.Diagnostics;
using Sakip.Packages;

namespace Sakip.Benchmarks.Measuring;

/// <summary>Reads and validates a package once; meant to run alone in its process so the peak working set is its own.</summary>
static class ReadMeasurement
{
    public static ReadFigures Run(string package)
    {
        var before = PeakWorkingSet();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = ProcessorTime();
        var clock = Stopwatch.StartNew();
        var result = PackageReader.Read(package);
        clock.Stop();
        var cpuSeconds = (ProcessorTime() - cpu).TotalSeconds;
        var data = result.Data;
        var rows = data is null ? 0L
            : (long)data.Units.Count + data.PlanElements.Count + data.Indicators.Count + data.Targets.Count + data.Realisations.Count
                + data.Components.Count + data.BudgetLines.Count + data.Evaluations.Count + data.Recommendations.Count
                + data.Scales.Sum(s => s.Bands.Count);
        return new ReadFigures(rows, data?.Realisations.Count ?? 0, clock.Elapsed.TotalSeconds, cpuSeconds, PeakWorkingSet(), before,
            GC.GetTotalAllocatedBytes(precise: true) - allocated, result.Errors.Count());
    }

    static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public static TimeSpan ProcessorTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
