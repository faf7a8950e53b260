namespace Sakip.Data.Evaluation;

/// <summary>Where an evaluation (LKE worksheet) of a unit and year stands.</summary>
public enum EvaluationStatus
{
    /// <summary>The unit fills its self-assessment and the evaluator works; nothing is final.</summary>
    Draft,

    /// <summary>The evaluator issued the LHE: scores, grade and recommendations are fixed.</summary>
    Final,
}
