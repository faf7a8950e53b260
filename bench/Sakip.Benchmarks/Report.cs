using System.Globalization;
using System.Runtime.InteropServices;
using Sakip.Benchmarks.Measuring;

namespace Sakip.Benchmarks;

/// <summary>Prints the figures as the Markdown tables of docs/benchmarks.md; the medians of the runs, peak memory at its worst.</summary>
static class Report
{
    const double GoalReadSeconds = 10;
    const long GoalPeakBytes = 1_500_000_000;
    const double GoalCapaianSeconds = 1;

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Run(string measurement, int run, object figures) => Console.WriteLine($"  {measurement} run {run}: {figures}");

    /// <returns>True when every goal of issue #2 is met.</returns>
    public static bool Summary(string package, IReadOnlyList<ReadFigures> reads, IReadOnlyList<CapaianFigures> capaians)
    {
        var read = reads.OrderBy(r => r.Seconds).ElementAt(reads.Count / 2);
        var peak = reads.Max(r => r.PeakWorkingSet);
        var capaian = capaians.OrderBy(c => c.Seconds).ElementAt(capaians.Count / 2);
        var readOk = read.Errors == 0 && read.Seconds < GoalReadSeconds && read.RealisationRows >= 1_000_000;
        var peakOk = peak < GoalPeakBytes;
        var capaianOk = capaian.Seconds < GoalCapaianSeconds;

        Console.WriteLine();
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Megabytes(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)} memory, "
            + $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}");
        Console.WriteLine();
        Console.WriteLine("| file | rows |");
        Console.WriteLine("|---|---:|");
        foreach (var file in Directory.EnumerateFiles(package, "*.csv").Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"| {Path.GetFileName(file)} | {Count(DataRows(file))} |");
        }
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"Medians of {reads.Count} fresh-process runs; peak working set is the highest of them."));
        Console.WriteLine();
        Console.WriteLine("| measure | result | goal | met |");
        Console.WriteLine("|---|---:|---:|---|");
        Line("rows read and validated (all files)", Count(read.Rows), "", null);
        Line("realisation rows", Count(read.RealisationRows), "≥ 1,000,000", read.RealisationRows >= 1_000_000);
        Line("read + validate, total time", Seconds(read.Seconds), "< 10 s", readOk);
        Line("read + validate, processor time (all threads)", Seconds(read.CpuSeconds), "", null);
        Line("rows read per second", Count((long)read.RowsPerSecond), "", null);
        Line("peak working set", Megabytes(peak), "< 1,500 MB", peakOk);
        Line("peak working set before reading (runtime)", Megabytes(read.PeakWorkingSetBefore), "", null);
        Line("allocated while reading", Megabytes(read.AllocatedBytes), "", null);
        Line("capaian computations", Count(capaian.Computations), "", null);
        Line("capaian time (index + All())", $"{Seconds(capaian.Seconds)} ({Seconds(capaian.IndexSeconds)} + {Seconds(capaian.ComputeSeconds)})", "< 1 s", capaianOk);
        Line("capaian processor time (all threads)", Seconds(capaian.CpuSeconds), "", null);
        Line("capaian computations per second", Count((long)capaian.ComputationsPerSecond), "", null);
        Line("allocated while computing capaian", Megabytes(capaian.AllocatedBytes), "", null);
        return readOk && peakOk && capaianOk;
    }

    static void Line(string measure, string result, string goal, bool? met) =>
        Console.WriteLine($"| {measure} | {result} | {goal} | {met switch { null => "", true => "yes", false => "**no**" }} |");

    /// <summary>Lines after the header; the generated files have no line breaks inside cells.</summary>
    static long DataRows(string file) => File.ReadLines(file).LongCount() - 1;

    static string Count(long value) => value.ToString("N0", Invariant);

    static string Seconds(double value) => value.ToString("F2", Invariant) + " s";

    static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("N0", Invariant) + " MB";
}
