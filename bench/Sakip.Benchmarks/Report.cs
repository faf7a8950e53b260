using System.Globalization;
using System.Runtime.InteropServices;
using Sakip.Benchmarks.Measuring;

namespace Sakip.Benchmarks;

/// <summary>Prints the figures as the Markdown tables of docs/benchmarks.md: medians of the runs, peak memory at its worst.</summary>
static class Report
{
    const double GoalReadSeconds = 10;
    const long GoalPeakBytes = 1_500_000_000;
    const double GoalCapaianSeconds = 1;
    const long GoalRealisations = 1_000_000;

    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Run(string measurement, int run, object figures) => Console.WriteLine($"  {measurement} run {run}: {figures}");

    /// <summary>The machine, with its load: other work on a shared machine slows every figure down.</summary>
    public static void Machine(string when) =>
        Console.WriteLine($"{when}: {Environment.ProcessorCount} cores, {Megabytes(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes)} memory, "
            + $"{RuntimeInformation.FrameworkDescription}, {RuntimeInformation.OSDescription}, load average {LoadAverage()}");

    public static void Summary(string package, IReadOnlyList<ReadFigures> reads, IReadOnlyList<CapaianFigures> capaians)
    {
        var read = Median(reads, r => r.Seconds);
        var peak = reads.Max(r => r.PeakWorkingSet);
        var first = Median(capaians.Select(c => c.First).ToList(), r => r.Seconds);
        var second = Median(capaians.Select(c => c.Second).ToList(), r => r.Seconds);
        var computations = capaians[0].Computations;

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
        Line("validation errors (the generated package is valid)", Count(read.Errors), "0", read.Errors == 0);
        Line("realisation rows", Count(read.RealisationRows), "≥ 1,000,000", read.RealisationRows >= GoalRealisations);
        Line("read + validate, total time", Seconds(read.Seconds), "< 10 s", read.Errors == 0 && read.Seconds < GoalReadSeconds);
        Line("rows read per second (all files)", Count((long)read.RowsPerSecond), "", null);
        Line("realisation rows read per second", Count((long)(read.RealisationRows / read.Seconds)), "", null);
        Line("read + validate, processor time (all threads)", Seconds(read.CpuSeconds), "", null);
        Line("peak working set", Megabytes(peak), "< 1,500 MB", peak < GoalPeakBytes);
        Line("peak working set before reading (runtime)", Megabytes(read.PeakWorkingSetBefore), "", null);
        Line("allocated while reading", Megabytes(read.AllocatedBytes), "", null);
        Line("capaian computations", Count(computations), "", null);
        Capaian("first in a fresh process", first, computations);
        Capaian("second in the same process", second, computations);
    }

    /// <summary>The document measurements against their goals, with the package read of the same runs as the baseline.</summary>
    public static void Documents(IReadOnlyList<(string Name, double Goal, List<DocumentFigures> Runs)> results)
    {
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant, $"Medians of {results[0].Runs.Count} fresh-process runs; peak working set is the highest of them."));
        Console.WriteLine();
        Console.WriteLine("| measure | documents | time | per document | size | peak working set | package read (baseline) | goal | met |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (name, goal, runs) in results)
        {
            var median = Median(runs, r => r.Seconds);
            var met = median.Seconds < goal;
            Console.WriteLine($"| {name} | {median.Documents} | {Seconds(median.Seconds)} | {Seconds(median.SecondsPerDocument)} | "
                + $"{(median.Bytes / 1000.0).ToString("N0", Invariant)} kB | {Megabytes(runs.Max(r => r.PeakWorkingSet))} | {Seconds(median.ReadSeconds)} | "
                + $"< {goal.ToString("F0", Invariant)} s | {(met ? "yes" : "**no**")} |");
        }
    }

    static void Capaian(string which, CapaianRun run, long computations)
    {
        Line($"capaian time, {which} (index + All())", $"{Seconds(run.Seconds)} ({Seconds(run.IndexSeconds)} + {Seconds(run.ComputeSeconds)})",
            "< 1 s", run.Seconds < GoalCapaianSeconds);
        Line($"capaian computations per second, {which}", Count((long)(computations / run.Seconds)), "", null);
        Line($"capaian processor time, {which}", Seconds(run.CpuSeconds), "", null);
        Line($"allocated while computing capaian, {which}", Megabytes(run.AllocatedBytes), "", null);
    }

    static T Median<T>(IReadOnlyList<T> runs, Func<T, double> seconds) => runs.OrderBy(seconds).ElementAt(runs.Count / 2);

    static void Line(string measure, string result, string goal, bool? met) =>
        Console.WriteLine($"| {measure} | {result} | {goal} | {met switch { null => "", true => "yes", false => "**no**" }} |");

    /// <summary>Lines after the header; the generated files have no line breaks inside cells.</summary>
    static long DataRows(string file) => File.ReadLines(file).LongCount() - 1;

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    static string Count(long value) => value.ToString("N0", Invariant);

    static string Seconds(double value) => value.ToString("F2", Invariant) + " s";

    static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("N0", Invariant) + " MB";
}
