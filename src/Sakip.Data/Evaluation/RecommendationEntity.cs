using Sakip.Core.Evaluation;

namespace Sakip.Data.Evaluation;

/// <summary>An evaluation recommendation and its follow-up (rekomendasi, tindak lanjut).</summary>
public sealed class RecommendationEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string Number { get; set; } = "";
    public string? Component { get; set; }
    public string Text { get; set; } = "";
    public string? FollowUp { get; set; }
    public FollowUpStatus? Status { get; set; }
    public string? PrintedStatus { get; set; }
}
