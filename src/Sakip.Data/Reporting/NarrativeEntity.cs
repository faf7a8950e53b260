using Sakip.Core.Reporting;

namespace Sakip.Data.Reporting;

/// <summary>A narrative section of a unit's LKjIP of a year (narasi); one row per unit, year, section and sasaran.</summary>
public sealed class NarrativeEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public NarrativeSection Section { get; set; }

    /// <summary>The sasaran analysed, for <see cref="NarrativeSection.ObjectiveAnalysis"/> only.</summary>
    public int? PlanElementId { get; set; }
    public string Text { get; set; } = "";

    /// <summary>Goes up by one on every change; an edit made from an older version is refused.</summary>
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
