using Spectre.Console;

namespace Sakip.Cli.Terminal;

/// <summary>Where a command writes: plain writers for data (csv, json) and a Spectre console for tables.</summary>
public sealed class CliConsole(TextWriter output, TextWriter error)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Tables and colours when writing to a terminal; plain text when redirected or captured.</summary>
    public IAnsiConsole Human { get; } = CreateHuman(output);

    /// <summary>Width used when the output is not a terminal (a file or a test), wide enough that tables do not wrap.</summary>
    const int RedirectedWidth = 200;

    static IAnsiConsole CreateHuman(TextWriter output)
    {
        var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }
        return console;
    }
}
