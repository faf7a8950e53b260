namespace Sakip.Packages.Values;

/// <summary>Reads a cell as a number in the forms of spec "Values".</summary>
public static class NumberReader
{
    /// <summary>
    /// Reads a cell written canonically (<c>3.0885</c>) or the Indonesian way (<c>6.099.177.000</c>,
    /// <c>Rp 4.934.463.708,50</c>, <c>99,79%</c>), optionally followed by a qualifier (<c>70 (cukup)</c>).
    /// </summary>
    /// <remarks>
    /// The convention decides only numbers that fit both, such as <c>1.234</c> (see
    /// <see cref="NumberConventionDetector"/>); unambiguous numbers are read as written.
    /// </remarks>
    public static CellNumber Read(string? text, NumberConvention convention)
    {
        return Read(text.AsSpan(), convention);
    }

    /// <summary>Reads a cell in place, e.g. straight from a table's text.</summary>
    internal static CellNumber Read(ReadOnlySpan<char> text, NumberConvention convention)
    {
        if (NoValue.Is(text))
        {
            return CellNumber.Empty;
        }

        if (NumberSyntax.Parse(text) is not { } token)
        {
            return new CellNumber(null, null, $"tidak dapat dibaca sebagai angka: {CellText.Quote(text.ToString())}");
        }

        if (NumberSyntax.ToDecimal(text, token, convention) is not { } value)
        {
            return new CellNumber(null, null, $"angka terlalu besar: {CellText.Quote(text.ToString())}");
        }

        return new CellNumber(value, token.Qualified ? text.Trim().ToString() : null, null);
    }
}
