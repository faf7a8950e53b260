using Sakip.Packages.Tables;

namespace Sakip.Packages.Values;

/// <summary>Chooses, per file, how ambiguous numbers such as <c>1.234</c> are read.</summary>
/// <remarks>
/// Spec "Values": Indonesian when the file has other values written unambiguously that way
/// (<c>6.099.177.000</c>, <c>3,0885</c>, <c>1.234,5</c>), else the decimal point. Unambiguous values are
/// always read as written, whatever the choice.
/// </remarks>
public static class NumberConventionDetector
{
    public static ConventionChoice Detect(IEnumerable<string?> cells)
    {
        string? indonesian = null;
        string? decimalPoint = null;
        foreach (var cell in cells)
        {
            if (Observe(cell, ref indonesian, ref decimalPoint))
            {
                break;
            }
        }

        return Choose(indonesian, decimalPoint);
    }

    /// <summary>Scans the named numeric columns of <paramref name="table"/>, row by row; columns it lacks are ignored.</summary>
    public static ConventionChoice Detect(Table table, params IEnumerable<string> columns)
    {
        var indexes = columns.Select(table.Header.IndexOf).Where(index => index >= 0).ToArray();
        string? indonesian = null;
        string? decimalPoint = null;
        for (var row = 0; row < table.RowCount; row++)
        {
            foreach (var index in indexes)
            {
                if (Observe(table.CellText(row, index), ref indonesian, ref decimalPoint))
                {
                    return Choose(indonesian, decimalPoint);
                }
            }
        }

        return Choose(indonesian, decimalPoint);
    }

    /// <summary>Keeps the first example of each convention; true once both are seen, as nothing can change the choice then.</summary>
    private static bool Observe(ReadOnlySpan<char> cell, ref string? indonesian, ref string? decimalPoint)
    {
        if (NoValue.Is(cell) || NumberSyntax.Parse(cell) is not { } token)
        {
            return false;
        }

        switch (token.Shape)
        {
            case NumberShape.Indonesian:
                indonesian ??= cell.Trim().ToString();
                break;
            case NumberShape.DecimalPoint:
                decimalPoint ??= cell.Trim().ToString();
                break;
            case NumberShape.Integer or NumberShape.Ambiguous:
                break;
        }

        return indonesian is not null && decimalPoint is not null;
    }

    private static ConventionChoice Choose(string? indonesian, string? decimalPoint) =>
        new(indonesian is not null ? NumberConvention.Indonesian : NumberConvention.DecimalPoint, indonesian, decimalPoint);
}
