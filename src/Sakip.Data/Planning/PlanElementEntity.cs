using Sakip.Core.Planning;
using Sakip.Data.Organisation;

namespace Sakip.Data.Planning;

/// <summary>An element of the RPJMD/Renstra tree (rencana).</summary>
public sealed class PlanElementEntity
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public int UnitId { get; set; }
    public UnitEntity Unit { get; set; } = null!;
    public PlanElementKind Kind { get; set; }
    public int? ParentId { get; set; }
    public PlanElementEntity? Parent { get; set; }
    public string Statement { get; set; } = "";
    public int? PeriodStart { get; set; }
    public int? PeriodEnd { get; set; }

    /// <summary>Goes up by one on every change; an edit made from an older version is refused (<see cref="Concurrency.EditVersions"/>).</summary>
    public int Version { get; set; } = 1;
}
