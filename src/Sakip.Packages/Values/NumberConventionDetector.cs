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
            if (NoValue.Is(cell) || NumberSyntax.Parse(cell) is not { } token)
            {
                continue;
            }

            switch (token.Shape)
            {
                case NumberShape.Indonesian:
                    indonesian ??= cell.Trim();
                    break;
                case NumberShape.DecimalPoint:
                    decimalPoint ??= cell.Trim();
                    break;
                case NumberShape.Integer or NumberShape.Ambiguous:
                    break;
            }

            if (indonesian is not null && decimalPoint is not null)
            {
                break;
            }
        }

        var convention = indonesian is not null ? NumberConvention.Indonesian : NumberConvention.DecimalPoint;
        return new ConventionChoice(convention, indonesian, decimalPoint);
    }

    /// <summary>Scans the named numeric columns of <paramref name="table"/>; columns it lacks are ignored.</summary>
    public static ConventionChoice Detect(Table table, params IEnumerable<string> columns)
    {
        var indexes = columns.Select(table.Header.IndexOf).Where(index => index >= 0).ToArray();
        return Detect(table.Rows.SelectMany(row => indexes.Select(index => row[index])));
    }
}
