using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation.Lke;

/// <summary>The score of one sub-component: the mean of its criteria (unanswered count 0) times its weight.</summary>
public sealed record SubComponentScore(LkeSubComponent SubComponent, int Answered, Explained<decimal?> Mean, Explained<decimal?> Score);

/// <summary>The score of one component: the sum of its sub-components.</summary>
public sealed record ComponentScore(LkeComponent Component, IReadOnlyList<SubComponentScore> SubComponents, Explained<decimal?> Score)
{
    public int Answered => SubComponents.Sum(s => s.Answered);
}

/// <summary>A logic check the answers break, with the message the worksheet shows beside the criterion.</summary>
public sealed record LkeViolation(LkeLogicRule Rule, string Message);

/// <summary>A scored worksheet column (nilai usulan or nilai penetapan).</summary>
/// <param name="Grade">The grade of the total on the grade scale, or null when the total has none.</param>
public sealed record LkeScore(
    IReadOnlyList<ComponentScore> Components,
    Explained<decimal?> Total,
    Band? Grade,
    int Answered,
    int CriteriaCount,
    IReadOnlyList<LkeViolation> Violations)
{
    public bool IsComplete => Answered == CriteriaCount;

    /// <summary>Finalising needs every criterion answered and no logic check broken.</summary>
    public bool CanFinalise => IsComplete && Violations.Count == 0;
}
