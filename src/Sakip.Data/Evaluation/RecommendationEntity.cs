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

    /// <summary>The evaluation whose LHE issued it; null for recommendations imported from a package.</summary>
    public int? EvaluationId { get; set; }

    /// <summary>The evaluator's verdict on the follow-up, with who gave it, when and why.</summary>
    public VerificationStatus Verification { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }
    public string? VerifiedBy { get; set; }
    public string? VerificationNote { get; set; }

    public int Version { get; set; } = 1;
}
