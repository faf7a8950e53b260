namespace Sakip.Data.Evaluation;

/// <summary>
/// An evidence file (bukti dukung) of an LKE criterion or of a follow-up action; exactly one of
/// <see cref="LkeAnswerId"/> and <see cref="FollowUpActionId"/> is set. Its bytes live in the configured file store;
/// a removed file keeps its row with the reason.
/// </summary>
public sealed class EvaluationEvidenceEntity
{
    public int Id { get; set; }
    public int? LkeAnswerId { get; set; }
    public int? FollowUpActionId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string StorageKey { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovedBy { get; set; }
    public string? RemovalReason { get; set; }
}
