using System.Diagnostics;
using Sakip.Packages;
using Sakip.Reports;
using Sakip.Reports.Rendering;

namespace Sakip.Benchmarks.Measuring;

/// <summary>
/// Renders the LKjIP of one perangkat daerah, or of every unit with data, as the CLI does (one renderer, so PDF starts
/// Chromium once); meant to run alone in its process so the peak working set is its own.
/// </summary>
static class DocumentMeasurement
{
    public static DocumentFigures Run(string package, string format, bool all)
    {
        var clock = Stopwatch.StartNew();
        var data = PackageReader.Read(package).Data ?? throw new InvalidOperationException("The generated package is not valid.");
        var read = clock.Elapsed.TotalSeconds;
        var year = data.Targets.Max(t => t.Year) - 2;
        var units = ReportKinds.UnitsWithData(data, year);
        var chosen = all ? units : [units.First(u => data.Units.Single(x => x.Code == u).Parent is not null)];
        var kind = ReportFormats.FromPath("x." + format)!.Value;
        clock.Restart();
        var bytes = RenderAsync(data, chosen, year, kind).GetAwaiter().GetResult();
        var seconds = clock.Elapsed.TotalSeconds;
        using var process = Process.GetCurrentProcess();
        return new DocumentFigures(chosen.Count, read, seconds, bytes, process.PeakWorkingSet64);
    }

    static async Task<long> RenderAsync(Core.Dataset data, IReadOnlyList<string> units, int year, ReportFormat format)
    {
        await using var renderer = new ReportRenderer();
        long bytes = 0;
        foreach (var unit in units)
        {
            using var output = new MemoryStream();
            await renderer.RenderAsync(ReportKind.Lkjip.Build(data, unit, year), format, output);
            bytes += output.Length;
        }
        return bytes;
    }
}
