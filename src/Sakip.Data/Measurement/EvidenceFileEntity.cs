namespace Sakip.Data.Measurement;

/// <summary>
/// An evidence file (bukti dukung) of a realisation, of a target (the basis of the target) or of a Perjanjian Kinerja;
/// exactly one of the three is set. Its bytes live in the configured file store.
/// </summary>
public sealed class EvidenceFileEntity
{
    public int Id { get; set; }
    public int? RealisationId { get; set; }
    public int? TargetId { get; set; }
    public int? AgreementId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public string StorageKey { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedBy { get; set; }

    /// <summary>When the file was removed from the realisation; null while it counts as evidence. The row and the file stay.</summary>
    public DateTimeOffset? RemovedAt { get; set; }
    public string? RemovedBy { get; set; }
    public string? RemovalReason { get; set; }

    /// <summary>The file that replaced this one (its removal reason says why); the old file stays readable.</summary>
    public int? ReplacedById { get; set; }
}
