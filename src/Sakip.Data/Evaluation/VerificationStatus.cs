namespace Sakip.Data.Evaluation;

/// <summary>The evaluator's verdict on the follow-up of a recommendation.</summary>
public enum VerificationStatus
{
    /// <summary>Not verified yet (or the unit is still working).</summary>
    Open,

    /// <summary>The evaluator verified the follow-up and closed the recommendation.</summary>
    Closed,

    /// <summary>The evaluator found the follow-up insufficient and reopened it, with a note.</summary>
    Reopened,
}
