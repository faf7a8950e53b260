using System.Globalization;

namespace Sakip.Core.Explaining;

/// <summary>The one place where figures are rounded: for display only, half away from zero.</summary>
public static class Display
{
    public const int Decimals = 2;

    public static decimal Round(decimal value, int decimals = Decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    /// <summary>Formats with exactly <paramref name="decimals"/> decimals, e.g. 80,00 in id-ID.</summary>
    public static string Number(decimal value, CultureInfo culture, int decimals = Decimals) =>
        Round(value, decimals).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);

    public static string Number(decimal? value, CultureInfo culture, int decimals = Decimals) =>
        value is { } v ? Number(v, culture, decimals) : "-";
}
