namespace Sakip.Core.Measurement;

/// <summary>A numerator or denominator count behind a ratio indicator (komponen.csv).</summary>
public sealed record RatioComponent(string Indicator, int Year, Period Period, ComponentKind Kind, decimal Value, string? Source = null)
{
    public Origin? Origin { get; init; }
}
