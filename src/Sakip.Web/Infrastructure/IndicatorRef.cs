using Sakip.Core.Planning;

namespace Sakip.Web.Infrastructure;

/// <summary>An indicator with the unit that owns it, as pages and endpoints need it after a scope check.</summary>
public sealed record IndicatorRef(int Id, string Code, string Name, string? Measure, Direction Direction, string? Numerator, string? Denominator, string? Formula, UnitRef Unit)
{
    /// <summary>The realisation is computed from pembilang/penyebut when the indicator names both.</summary>
    public bool IsRatio => !string.IsNullOrWhiteSpace(Numerator) && !string.IsNullOrWhiteSpace(Denominator);
}
