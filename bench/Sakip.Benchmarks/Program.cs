using System.Diagnostics;
using System.Globalization;
using Sakip.Benchmarks;
using Sakip.Benchmarks.Generation;
using Sakip.Benchmarks.Measuring;
using Sakip.Packages;

// The child measurements: one unit of work in a process of its own, figures printed as JSON.
switch (args)
{
    case ["read", var package]:
        FreshProcess.Print(ReadMeasurement.Run(package));
        return 0;
    case ["capaian", var package]:
        FreshProcess.Print(CapaianMeasurement.Run(package));
        return 0;
    case ["document", var package, var format]:
        FreshProcess.Print(DocumentMeasurement.Run(package, format, all: false));
        return 0;
    case ["documents", var package, var format]:
        FreshProcess.Print(DocumentMeasurement.Run(package, format, all: true));
        return 0;
}

Options? options;
try
{
    options = Options.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    options = null;
}
if (options is null)
{
    Console.Error.WriteLine(Options.Usage);
    return 2;
}
if (options.Command == "help")
{
    Console.WriteLine(Options.Usage);
    return 0;
}

var shape = options.Command == "documents" ? new PackageShape(1) : PackageShape.ForRealisations(options.Scale);
if (!options.Reuse)
{
    Console.WriteLine($"Generating {shape} into {options.Out} …");
    var clock = Stopwatch.StartNew();
    if (!PackageFolder.Clear(options.Out))
    {
        Console.Error.WriteLine($"{options.Out} holds other things than package CSV files; choose another --out.");
        return 2;
    }
    PackageWriter.Write(PackageGenerator.Generate(shape), options.Out);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Generated in {clock.Elapsed.TotalSeconds:F1} s."));
}
if (options.Command == "generate")
{
    return 0;
}

Report.Machine("Machine at start");
if (options.Command == "documents")
{
    return DocumentRuns.Measure(options);
}
var reads = new List<ReadFigures>();
var capaians = new List<CapaianFigures>();
try
{
    for (var run = 1; run <= options.Runs; run++)
    {
        reads.Add(FreshProcess.Run<ReadFigures>("read", options.Out, options.Limit));
        Report.Run("read", run, reads[^1]);
    }
    for (var run = 1; run <= options.Runs; run++)
    {
        capaians.Add(FreshProcess.Run<CapaianFigures>("capaian", options.Out, options.Limit));
        Report.Run("capaian", run, capaians[^1]);
    }
}
catch (Exception e) when (e is TimeoutException or InvalidOperationException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
Report.Machine("Machine at end");
Report.Summary(options.Out, reads, capaians);
return 0;
