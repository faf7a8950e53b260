using System.Buffers;
using System.Globalization;

namespace Sakip.Packages.Csv;

/// <summary>
/// Keeps spreadsheet programs from running a CSV text cell as a formula (CSV injection, e.g. <c>=HYPERLINK(…)</c>): a
/// cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return and is not a number is written
/// with one leading apostrophe, and the reader removes one apostrophe that stands before those characters.
/// </summary>
/// <remarks>
/// docs/data-package.md "Formula characters". Excel and LibreOffice show an apostrophe-led cell as text. A cell that
/// already starts with apostrophes before such a character gets one more, so every text comes back exactly. Numbers
/// such as <c>-2.5</c> or <c>-1.234,5</c> are left as they are, so old readers and spreadsheets see the same figures.
/// </remarks>
public static class FormulaPrefix
{
    public const char Apostrophe = '\'';

    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@\t\r");
    private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.,");

    /// <summary>The cell as written to a CSV file.</summary>
    public static string Protect(string cell) => NeedsPrefix(cell) ? Apostrophe + cell : cell;

    /// <summary>True when the writer must add an apostrophe: a formula-like text, or one the reader would otherwise shorten.</summary>
    public static bool NeedsPrefix(ReadOnlySpan<char> cell)
    {
        var apostrophes = cell.IndexOfAnyExcept(Apostrophe);
        if (apostrophes < 0 || !Triggers.Contains(cell[apostrophes]))
        {
            return false;
        }

        return apostrophes > 0 || !IsNumber(cell);
    }

    /// <summary>How many characters the reader drops from the start of a cell: 1 for an apostrophe before a formula character, else 0.</summary>
    public static int PrefixLength(ReadOnlySpan<char> cell)
    {
        if (cell.IsEmpty || cell[0] != Apostrophe)
        {
            return 0;
        }

        var apostrophes = cell.IndexOfAnyExcept(Apostrophe);
        return apostrophes > 0 && Triggers.Contains(cell[apostrophes]) ? 1 : 0;
    }

    /// <summary>A signed number (<c>-2.5</c>, <c>+1.234,5</c>, <c>-1E5</c>): a spreadsheet reads it as a number, not a formula.</summary>
    private static bool IsNumber(ReadOnlySpan<char> cell)
    {
        if (cell.Length < 2 || cell[0] is not ('+' or '-') || !char.IsAsciiDigit(cell[1]))
        {
            return false;
        }

        return !cell[1..].ContainsAnyExcept(NumberChars)
            || decimal.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
    }
}
