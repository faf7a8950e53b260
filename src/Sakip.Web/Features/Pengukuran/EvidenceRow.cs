namespace Sakip.Web.Features.Pengukuran;

/// <summary>An evidence file as the lists show it; a removed one keeps its reason and, when replaced, the new file's name.</summary>
public sealed record EvidenceRow(
    int Id, string FileName, long Size, string? UploadedBy, DateTimeOffset UploadedAt,
    DateTimeOffset? RemovedAt, string? RemovedBy, string? RemovalReason, int? ReplacedById, string? ReplacedByName)
{
    public bool IsActive => RemovedAt is null;
}
