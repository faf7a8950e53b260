namespace Sakip.Core.Evaluation;

/// <summary>A SAKIP evaluation score (LHE) of a unit and year: a component score, or the final score when <see cref="Component"/> is null.</summary>
/// <param name="PrintedGrade">The grade as printed, e.g. <c>BB/Sangat Baik</c>; review only.</param>
public sealed record EvaluationScore(string Unit, int Year, string? Component, decimal? Weight, decimal? Score, string? PrintedGrade = null)
{
    public Origin? Origin { get; init; }

    public bool IsFinal => Component is null;
}
