namespace Sakip.Core.Evaluation;

/// <summary>An evaluation recommendation and its follow-up (rekomendasi.csv).</summary>
public sealed record Recommendation(
    string Unit,
    int Year,
    string Number,
    string? Component,
    string Text,
    string? FollowUp,
    FollowUpStatus? Status,
    string? PrintedStatus = null)
{
    public Origin? Origin { get; init; }
}
