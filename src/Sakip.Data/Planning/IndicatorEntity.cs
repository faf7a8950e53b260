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

    /// <summary>Bukti dukung wajib: a realisation (and the basis of a target) of this indicator is not submitted without an evidence file.</summary>
    public bool EvidenceRequired { get; set; }

    /// <summary>Goes up by one on every change; an edit made from an older version is refused (<see cref="Concurrency.EditVersions"/>).</summary>
    public int Version { get; set; } = 1;
}
