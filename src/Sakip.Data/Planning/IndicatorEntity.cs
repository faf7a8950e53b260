using Sakip.Core.Planning;

namespace Sakip.Data.Planning;

/// <summary>A performance indicator (indikator; IKU when <see cref="IsKey"/>).</summary>
public sealed class IndicatorEntity
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public int PlanElementId { get; set; }
    public PlanElementEntity PlanElement { get; set; } = null!;
    public string Name { get; set; } = "";
    public string? Measure { get; set; }
    public Direction Direction { get; set; }
    public Aggregation Aggregation { get; set; }
    public bool IsKey { get; set; }
    public string? Formula { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
    public string? DataSource { get; set; }
    public string? Responsible { get; set; }
    public int? Order { get; set; }
}
