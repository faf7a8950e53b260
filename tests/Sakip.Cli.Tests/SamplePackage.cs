namespace Sakip.Cli.Tests;

/// <summary>The example package samples/kaltim-setda-2021, copied to the test output by the project file.</summary>
internal static class SamplePackage
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
}
