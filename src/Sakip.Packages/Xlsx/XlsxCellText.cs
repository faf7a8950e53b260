using System.Globalization;

namespace Sakip.Packages.Xlsx;

/// <summary>Turns a cell value as MiniExcel returns it into the text the package readers expect.</summary>
internal static class XlsxCellText
{
    /// <remarks>
    /// Excel stores numbers as binary doubles and MiniExcel returns them as <see cref="double"/>. The
    /// shortest text that round-trips (.NET's default <c>double.ToString</c>) is what Excel shows,
    /// e.g. <c>3.0885</c> for a stored 3.0884999999999998; going through <see cref="decimal"/> then
    /// removes the exponent (<c>6.099177E+09</c> → <c>6099177000</c>). Values a decimal cannot hold
    /// exactly (1E-30, 1E+30) keep the double's text rather than lose digits.
    /// </remarks>
    public static string From(object? value) => value switch
    {
        null => "",
        string text => text,
        double number => FromDouble(number),
        float number => FromDouble(number),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FromDouble(double number)
    {
        var shortest = number.ToString(CultureInfo.InvariantCulture);
        if (!shortest.Contains('E', StringComparison.Ordinal))
        {
            return shortest;
        }

        return decimal.TryParse(shortest, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
            && (double)exact == number
            ? exact.ToString(CultureInfo.InvariantCulture)
            : shortest;
    }
}
