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

    /// <summary>
    /// A value as written — its own decimals, with thousands separators (1.424.601.000; 3,0885; 100,00) — but at most
    /// <paramref name="maxDecimals"/>, so a ratio such as 28/37 × 100 stays readable; "-" for no value.
    /// </summary>
    public static string Value(decimal? value, CultureInfo culture, int maxDecimals = 4) => value switch
    {
        null => "-",
        { } v => Math.Round(v, Math.Min((int)v.Scale, maxDecimals), MidpointRounding.AwayFromZero)
            .ToString("N" + Math.Min((int)v.Scale, maxDecimals).ToString(CultureInfo.InvariantCulture), culture),
    };
}
