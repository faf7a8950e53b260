using Sakip.Core.Measurement;
using Sakip.Data.Planning;

namespace Sakip.Data.Measurement;

/// <summary>A numerator or denominator value behind a ratio indicator (komponen).</summary>
public sealed class ComponentEntity
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public IndicatorEntity Indicator { get; set; } = null!;
    public int Year { get; set; }
    public Period Period { get; set; }
    public ComponentKind Kind { get; set; }
    public decimal Value { get; set; }
    public string? Source { get; set; }
}
