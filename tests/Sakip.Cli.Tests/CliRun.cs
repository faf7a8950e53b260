namespace Sakip.Cli.Tests;

/// <summary>One in-process run of <c>sakip</c>: its exit code and what it wrote to standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = CliApp.Run(args, output, error);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public string[] OutputLines => Lines(Output);

    public string[] ErrorLines => Lines(Error);

    private static string[] Lines(string text) =>
        text.Length == 0 ? [] : text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
}
