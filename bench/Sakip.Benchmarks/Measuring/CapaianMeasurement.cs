using System.Diagnostics;
using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Packages;

namespace Sakip.Benchmarks.Measuring;

/// <summary>Times the calculator on a package read beforehand (reading is not timed here).</summary>
static class CapaianMeasurement
{
    public static CapaianFigures Run(string package)
    {
        var data = PackageReader.Read(package).Data
            ?? throw new InvalidOperationException($"The package {package} is not valid; run the read measurement to see why.");
        var (count, first) = Compute(data);
        var (_, second) = Compute(data);
        return new CapaianFigures(count, first, second);
    }

    static (long Count, CapaianRun Run) Compute(Dataset data)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = ReadMeasurement.ProcessorTime();

        var clock = Stopwatch.StartNew();
        var calculator = new CapaianCalculator(data);
        var indexSeconds = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var count = calculator.All().LongCount();
        var computeSeconds = clock.Elapsed.TotalSeconds;

        var cpuSeconds = (ReadMeasurement.ProcessorTime() - cpu).TotalSeconds;
        return (count, new CapaianRun(indexSeconds, computeSeconds, cpuSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated));
    }
}
