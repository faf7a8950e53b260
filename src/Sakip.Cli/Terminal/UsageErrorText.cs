using System.Text.RegularExpressions;

namespace Sakip.Cli.Terminal;

/// <summary>Indonesian wording for System.CommandLine's parse errors, which it only provides in other languages.</summary>
static partial class UsageErrorText
{
    public static string Translate(string message)
    {
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
        (NoCommand(), "perintah belum diberikan (validate, capaian, reviu, convert, import, export, db atau user)."),
    ];

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
