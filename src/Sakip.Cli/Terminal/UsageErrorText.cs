using System.CommandLine;
using System.Text.RegularExpressions;

namespace Sakip.Cli.Terminal;

/// <summary>Indonesian wording for System.CommandLine's parse errors, which it only provides in other languages.</summary>
static partial class UsageErrorText
{
    /// <param name="command">The command the error is about: a missing subcommand is named from its subcommands.</param>
    public static string Translate(string message, Command command)
    {
        if (NoCommand().IsMatch(message))
        {
            return $"perintah belum diberikan ({Choices([.. command.Subcommands.Select(c => c.Name)])}).";
        }
        foreach (var (pattern, replacement) in Rules)
        {
            var match = pattern.Match(message);
            if (match.Success)
            {
                // System.CommandLine lists allowed values one per line ("'table'\n\t'csv'"); an error line reads better as a list.
                return ListBreak().Replace(match.Result(replacement), "', '");
            }
        }
        return message;
    }

    static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        (RequiredArgument(), "argumen wajib untuk perintah '$1' belum diisi."),
        (Unrecognized(), "perintah atau argumen '$1' tidak dikenal."),
        (CannotParse(), "nilai '$1' untuk '$2' tidak valid."),
        (NotAmong(), "nilai '$1' tidak dikenal; gunakan salah satu dari: $2."),
        (RequiredOption(), "opsi '$1' wajib diisi."),
        (MissingValue(), "opsi '$1' memerlukan nilai."),
    ];

    /// <summary>"a, b atau c".</summary>
    static string Choices(List<string> names) =>
        names.Count < 2 ? string.Concat(names) : $"{string.Join(", ", names[..^1])} atau {names[^1]}";

    [GeneratedRegex("^Required argument missing for command: '(.*)'\\.$")]
    private static partial Regex RequiredArgument();

    [GeneratedRegex("^Unrecognized command or argument '(.*)'\\.$")]
    private static partial Regex Unrecognized();

    [GeneratedRegex("^Cannot parse argument '(.*)' for (?:option|command) '(.*)' as expected type")]
    private static partial Regex CannotParse();

    [GeneratedRegex("^Argument '(.*)' not recognized\\. Must be one of:\\s*(.*)$", RegexOptions.Singleline)]
    private static partial Regex NotAmong();

    [GeneratedRegex("^Option '(.*)' is required\\.$")]
    private static partial Regex RequiredOption();

    [GeneratedRegex("^Required argument missing for option: '(.*)'\\.$")]
    private static partial Regex MissingValue();

    [GeneratedRegex("^Required command was not provided\\.$")]
    private static partial Regex NoCommand();

    [GeneratedRegex("'\\s*\\n\\s*'")]
    private static partial Regex ListBreak();
}
