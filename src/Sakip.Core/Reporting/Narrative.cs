namespace Sakip.Core.Reporting;

/// <summary>Text a unit writes for a section of its LKjIP of a year (narasi.csv).</summary>
/// <param name="PlanElement">The sasaran the text analyses; only for <see cref="NarrativeSection.ObjectiveAnalysis"/>.</param>
public sealed record Narrative(string Unit, int Year, NarrativeSection Section, string Text, string? PlanElement = null)
{
    public Origin? Origin { get; init; }
}
