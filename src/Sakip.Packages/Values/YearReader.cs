using Sakip.Core.Fields;
using System.Globalization;

namespace Sakip.Packages.Values;

/// <summary>Reads a cell as a year: four digits between <see cref="First"/> and <see cref="Last"/>.</summary>
/// <remarks>The bounds only catch typos (<c>224</c>, <c>20244</c>); no plan period lies outside them.</remarks>
public static class YearReader
{
    public const int First = YearRule.First;
    public const int Last = YearRule.Last;

    /// <summary>One result per valid year, shared: a large package has a year on every row.</summary>
    private static readonly CellInteger[] Years = [.. Enumerable.Range(First, Last - First + 1).Select(year => new CellInteger(year, null))];

    public static CellInteger Read(string? text) => Read(text.AsSpan());

    /// <summary>Reads a cell in place, e.g. straight from a table's text.</summary>
    internal static CellInteger Read(ReadOnlySpan<char> text)
    {
        if (NoValue.Is(text))
        {
            return CellInteger.Empty;
        }

        var trimmed = text.Trim();
        if (trimmed.Length == 4 && !trimmed.ContainsAnyExceptInRange('0', '9')
            && int.Parse(trimmed, provider: CultureInfo.InvariantCulture) is var year and >= First and <= Last)
        {
            return Years[year - First];
        }

        return new CellInteger(null, $"tahun harus empat angka antara {First} dan {Last}: {CellText.Quote(text.ToString())}");
    }
}
