using Sakip.Core.Capaian;

namespace Sakip.Core.Review;

/// <summary>
/// Review (reviu): recomputes every printed value of a dataset and lists those that disagree — the check an internal
/// auditor runs on an LKjIP before it is published (spec "Review").
/// </summary>
public static class Reviewer
{
    public static IReadOnlyList<Disagreement> Review(Dataset data)
    {
        var calculator = new CapaianCalculator(data);
        return
        [
            .. CapaianReview.Review(data, calculator)
                .Concat(ComponentReview.Review(data, calculator))
                .Concat(BudgetReview.Review(data))
                .Concat(EvaluationReview.Review(data))
                .Concat(RecommendationReview.Review(data))
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line)
                .ThenBy(d => d.Column, StringComparer.Ordinal),
        ];
    }

    internal static (string File, int Line) Where(Origin? origin, string defaultFile) =>
        origin is null ? (defaultFile, 0) : (origin.File, origin.Line);
}
