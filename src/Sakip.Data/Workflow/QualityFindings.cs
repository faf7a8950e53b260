using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>
/// The data-quality findings shown before a cycle object is submitted, each with its reason. Errors (required evidence
/// missing) refuse the submission; warnings are shown and the unit decides. (Being completed: issue #10, data quality.)
/// </summary>
public static class QualityFindings
{
    public static Task<IReadOnlyList<Problem>> ForAsync(SakipDb db, int unitId, CycleObject kind, int year, Period period, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Problem>>([]);
}
