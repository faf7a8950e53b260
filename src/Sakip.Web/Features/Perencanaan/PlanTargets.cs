namespace Sakip.Web.Features.Perencanaan;

/// <summary>The plan targets of one indicator as a form edits them: the baseline and the Renstra target of each year shown.</summary>
/// <param name="Years">The years the form showed: Renstra targets of these years not in <paramref name="Renstra"/> are removed.</param>
public sealed record PlanTargets(PlanTargets.YearValue? Baseline, IReadOnlyList<PlanTargets.YearValue> Renstra, IReadOnlyList<int> Years)
{
    public sealed record Value(decimal? Number, string? Text);

    public sealed record YearValue(int Year, Value Value);
}
