using System.Diagnostics.CodeAnalysis;

namespace Sakip.Packages.Values;

/// <summary>The spellings of "no value" in a cell: empty, <c>-</c>, <c>NA</c>, <c>N/A</c> (spec "Values").</summary>
/// <remarks>
/// The en and em dash are accepted too: Word turns a typed <c>-</c> into one, and tables in the
/// package are often copied from Word reports.
/// </remarks>
public static class NoValue
{
    private static readonly string[] Tokens = ["-", "\u2013", "\u2014", "NA", "N/A"];

    public static bool Is([NotNullWhen(false)] string? text) => Is(text.AsSpan());

    public static bool Is(ReadOnlySpan<char> text)
    {
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            return true;
        }

        // Every token is at most three characters; a number cell is usually longer, and this is read on every cell.
        if (trimmed.Length > 3)
        {
            return false;
        }

        foreach (var token in Tokens)
        {
            if (trimmed.Equals(token, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
