using Sakip.Core.Reporting;

namespace Sakip.Data.Reporting;

/// <summary>Which narrative: a unit's section of its LKjIP of a year, and for a per-sasaran analysis the sasaran.</summary>
/// <param name="PlanElementId">The sasaran analysed; only with <see cref="NarrativeSection.ObjectiveAnalysis"/>, null otherwise.</param>
public sealed record NarrativeKey(int UnitId, int Year, NarrativeSection Section, int? PlanElementId = null);
