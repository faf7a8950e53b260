using System.CommandLine;
using System.CommandLine.Invocation;

namespace Sakip.Cli.Terminal;

/// <summary>
/// Help in Bahasa Indonesia. The built-in help of System.CommandLine has no Indonesian resources and its
/// builder is not replaceable, so the help page is written here from the same command metadata.
/// </summary>
public sealed class IndonesianHelpAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var command = parseResult.CommandResult.Command;
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Keterangan:");
        output.WriteLine($"  {command.Description}");
        output.WriteLine();
        output.WriteLine("Cara pakai:");
        output.WriteLine($"  {Usage(command)}");
        WriteSection(output, "Argumen:", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", a.Description)));
        WriteSection(output, "Opsi:", AllOptions(command).Select(o => (OptionLabel(o), o.Description)));
        WriteSection(output, "Perintah:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description)));
        return CliApp.Ok;
    }

    static string Usage(Command command)
    {
        var parts = new List<string> { CliApp.CommandPath(command) };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>"));
        if (command.Subcommands.Count > 0)
        {
            parts.Add("[perintah]");
        }
        parts.Add("[opsi]");
        return string.Join(' ', parts);
    }

    static IEnumerable<Option> AllOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited).DistinctBy(o => o.Name);
    }

    static string OptionLabel(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return option.HelpName is { } value ? $"{names} <{value}>" : names;
    }

    static void WriteSection(TextWriter output, string title, IEnumerable<(string Label, string? Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }
        var width = list.Max(r => r.Label.Length) + 2;
        output.WriteLine();
        output.WriteLine(title);
        foreach (var (label, description) in list)
        {
            output.WriteLine($"  {label.PadRight(width)}{description}");
        }
    }
}
