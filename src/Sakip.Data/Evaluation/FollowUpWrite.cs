using Sakip.Core.Problems;

namespace Sakip.Data.Evaluation;

/// <summary>The outcome of a follow-up write: an action added, changed or removed, or a recommendation verified.</summary>
/// <param name="Action">The action saved; on a conflict the action stored now (null when removed or none).</param>
/// <param name="Recommendation">The recommendation with its derived status and text; on a conflict as stored now.</param>
/// <param name="Problems">Why nothing was saved.</param>
public sealed record FollowUpWrite(FollowUpWrite.Outcome Result, FollowUpActionEntity? Action, RecommendationEntity? Recommendation, IReadOnlyList<Problem> Problems)
{
    public enum Outcome
    {
        Saved,

        /// <summary>No such action or recommendation (404).</summary>
        NotFound,

        /// <summary>What was typed breaks a rule (400).</summary>
        Invalid,

        /// <summary>The record's state forbids the change: closed by the evaluator, or evidence attached (409).</summary>
        Locked,

        /// <summary>Someone saved the record since the editor opened it (409); nothing was saved.</summary>
        Conflict,
    }

    public bool Succeeded => Result == Outcome.Saved;

    internal static FollowUpWrite Missing(string what) => new(Outcome.NotFound, null, null, [new("id", $"{what} tidak ditemukan.")]);
}
