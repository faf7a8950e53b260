using Sakip.Core;

namespace Sakip.Packages.Tests.Golden;

/// <summary>The example package samples/kaltim-setda-2021, copied to the test output by the project file.</summary>
internal static class SamplePackage
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    private static readonly Lazy<Dataset> Dataset = new(() =>
        PackageReader.Read(Path).Data ?? throw new InvalidOperationException($"The sample package at {Path} does not read."));

    /// <summary>The sample's dataset, read once; records are immutable, so tests cannot change it for each other.</summary>
    public static Dataset Data => Dataset.Value;
}
