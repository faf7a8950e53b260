using Sakip.Core.Problems;

namespace Sakip.Data.Evaluation;

/// <summary>
/// The outcome of a write of SKM results, assessments or unit groups: the row as saved (or, on a conflict, as stored now),
/// the problems that refused it, and whether it lost to a newer version.
/// </summary>
public sealed record RecapWrite<T>(T? Row, IReadOnlyList<Problem> Problems, bool Conflict) where T : class
{
    public bool Saved => Problems.Count == 0 && !Conflict;
}
