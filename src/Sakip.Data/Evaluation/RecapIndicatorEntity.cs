using Sakip.Core.Evaluation;

namespace Sakip.Data.Evaluation;

/// <summary>An indicator whose realisasi comes from a recap (<see cref="RecapIndicator"/>); one per indicator.</summary>
public sealed class RecapIndicatorEntity
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public RecapSource Source { get; set; }
    public RecapMeasure Measure { get; set; }
    public string? MinGrade { get; set; }
    public decimal? Threshold { get; set; }
    public string? Kind { get; set; }
    public int? GroupId { get; set; }
}
