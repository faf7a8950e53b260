using Sakip.Core.Budget;
using Sakip.Data.Organisation;

namespace Sakip.Data.Budget;

/// <summary>A program, kegiatan or sub kegiatan with pagu and realisasi (anggaran).</summary>
public sealed class BudgetLineEntity
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public int UnitId { get; set; }
    public UnitEntity Unit { get; set; } = null!;
    public int Year { get; set; }
    public BudgetLevel Level { get; set; }
    public int? ParentId { get; set; }
    public BudgetLineEntity? Parent { get; set; }
    public string Name { get; set; } = "";
    public int? PlanElementId { get; set; }
    public int? IndicatorId { get; set; }
    public decimal? Ceiling { get; set; }
    public decimal? Spent { get; set; }
    public decimal? PrintedPercent { get; set; }

    /// <summary>Realisasi per quarter (triwulan I–IV), when entered quarterly.</summary>
    public decimal? SpentQ1 { get; set; }
    public decimal? SpentQ2 { get; set; }
    public decimal? SpentQ3 { get; set; }
    public decimal? SpentQ4 { get; set; }

    /// <summary>Goes up by one on every change; an edit made from an older version is refused (<see cref="Concurrency.EditVersions"/>).</summary>
    public int Version { get; set; } = 1;
}
