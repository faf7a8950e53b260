namespace Sakip.Core.Measurement;

/// <summary>
/// A value to compare an indicator's realisation with in a year (pembanding.csv): a national standard, another region's
/// figure, the national average.
/// </summary>
/// <param name="Source">Where the value comes from, as it should be cited, e.g. "Rata-rata nasional (KemenPAN-RB)".</param>
public sealed record ComparisonValue(string Indicator, int Year, decimal Value, string Source)
{
    public Origin? Origin { get; init; }
}
