using System.Globalization;
using Sakip.Core.Explaining;

namespace Sakip.Reports.Formatting;

/// <summary>
/// The one place documents and pages format figures, the Indonesian way: 99,79 · Rp 6.099.177.000 · 28 Februari 2022.
/// Rounding itself stays in <see cref="Display"/>.
/// </summary>
public static class IdFormat
{
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("id-ID");

    /// <summary>A percentage or score with two decimals, without the % sign (the column header says it): 99,79; "-" for no value.</summary>
    public static string Percent(decimal? value) => Display.Number(value, Culture);

    /// <summary>A value with its own decimals (at most four): 1.424.601.000 · 3,0885 · 100,00; "-" for no value.</summary>
    public static string Value(decimal? value) => Display.Value(value, Culture);

    /// <summary>A difference with its sign: +2,10 · -3,45 · 0,00.</summary>
    public static string Change(decimal? value) => value switch
    {
        null => "-",
        > 0 => "+" + Display.Number(value, Culture),
        _ => Display.Number(value, Culture),
    };

    /// <summary>Rupiah without decimals unless it has sen: Rp 6.099.177.000 · Rp 232.980.102.655,50; "-" for no value.</summary>
    public static string Rupiah(decimal? amount) => amount switch
    {
        null => "-",
        { } a when a == decimal.Truncate(a) => "Rp " + a.ToString("N0", Culture),
        { } a => "Rp " + Display.Number(a, Culture),
    };

    /// <summary>An amount in a table whose header already says Rp: 6.099.177.000.</summary>
    public static string Amount(decimal? amount) => amount switch
    {
        null => "-",
        { } a when a == decimal.Truncate(a) => a.ToString("N0", Culture),
        { } a => Display.Number(a, Culture),
    };

    /// <summary>A whole count: 1.234.</summary>
    public static string Count(int value) => value.ToString("N0", Culture);

    /// <summary>A date as written in letters: 28 Februari 2022.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>A month and year as a report is signed: Februari 2022.</summary>
    public static string MonthYear(DateOnly date) => date.ToString("MMMM yyyy", Culture);
}
