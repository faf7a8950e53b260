using System.Globalization;

namespace Sakip.Packages.Values;

/// <summary>Reads a cell as a year: four digits between <see cref="First"/> and <see cref="Last"/>.</summary>
/// <remarks>The bounds only catch typos (<c>224</c>, <c>20244</c>); no plan period lies outside them.</remarks>
public static class YearReader
{
    public const int First = 1900;
    public const int Last = 2100;

    public static CellInteger Read(string? text)
    {
        if (NoValue.Is(text))
        {
            return CellInteger.Empty;
        }

        var trimmed = text.AsSpan().Trim();
        if (trimmed.Length == 4 && !trimmed.ContainsAnyExceptInRange('0', '9')
            && int.Parse(trimmed, provider: CultureInfo.InvariantCulture) is var year and >= First and <= Last)
        {
            return new CellInteger(year, null);
        }

        return new CellInteger(null, $"tahun harus empat angka antara {First} dan {Last}: {CellText.Quote(text)}");
    }
}
