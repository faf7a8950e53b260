namespace Sakip.Core.Measurement;

/// <summary>A target of an indicator for a year (target.csv).</summary>
/// <param name="Value">The target, or the lower bound of a range; null when only a qualitative <paramref name="Text"/> is given.</param>
/// <param name="Max">The upper bound of a range target.</param>
/// <param name="Text">The target as printed, e.g. <c>66 (peringkat 4)</c>, or a qualitative label a scale maps.</param>
public sealed record Target(string Indicator, int Year, TargetKind Kind, decimal? Value, decimal? Max = null, string? Text = null)
{
    public Origin? Origin { get; init; }
}
