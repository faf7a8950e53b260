using System.Globalization;

namespace Sakip.Packages.Values;

/// <summary>Reads a cell as a whole number written with plain digits, such as <c>urutan</c> or <c>nomor</c>.</summary>
public static class IntegerReader
{
    public static CellInteger Read(string? text)
    {
        if (NoValue.Is(text))
        {
            return CellInteger.Empty;
        }

        var trimmed = text.AsSpan().Trim();
        var digits = trimmed.Length > 0 && trimmed[0] is '-' or '+' ? trimmed[1..] : trimmed;
        if (digits.IsEmpty || digits.ContainsAnyExceptInRange('0', '9'))
        {
            return new CellInteger(null, $"tidak dapat dibaca sebagai bilangan bulat: {CellText.Quote(text)}");
        }

        return int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? new CellInteger(value, null)
            : new CellInteger(null, $"bilangan bulat terlalu besar: {CellText.Quote(text)}");
    }
}
