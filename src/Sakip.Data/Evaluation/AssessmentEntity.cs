namespace Sakip.Data.Evaluation;

/// <summary>A result of another national assessment of a unit and year (<see cref="Sakip.Core.Evaluation.Assessment"/>).</summary>
public sealed class AssessmentEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string Kind { get; set; } = "";
    public decimal? Value { get; set; }
    public string? Label { get; set; }
    public string? Source { get; set; }
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
