namespace Sakip.Data.Evaluation;

/// <summary>One criterion of an evaluation's worksheet: the unit's self-assessment and the evaluator's value, with notes.</summary>
public sealed class LkeAnswerEntity
{
    public int Id { get; set; }
    public int EvaluationId { get; set; }

    /// <summary>The criterion code in the evaluation's template version, e.g. <c>1.2.3</c>.</summary>
    public string Criterion { get; set; } = "";

    /// <summary>Nilai usulan (Y/T or A–E), entered by the unit.</summary>
    public string? SelfAnswer { get; set; }
    public string? SelfNote { get; set; }

    /// <summary>Nilai penetapan (Y/T or A–E), entered by the evaluator.</summary>
    public string? EvaluatorAnswer { get; set; }
    public string? EvaluatorNote { get; set; }

    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
