namespace Sakip.Data.Evaluation;

/// <summary>A SAKIP evaluation score (LHE): a component, or the final score when <see cref="Component"/> is null.</summary>
public sealed class EvaluationScoreEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string? Component { get; set; }
    public decimal? Weight { get; set; }
    public decimal? Score { get; set; }
    public string? PrintedGrade { get; set; }
}
