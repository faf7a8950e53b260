using Sakip.Core.Measurement;

namespace Sakip.Data.Measurement;

/// <summary>A realisation as it was before a change: data is versioned, never overwritten.</summary>
public sealed class RealisationHistoryEntity
{
    public int Id { get; set; }
    public int RealisationId { get; set; }
    public int Version { get; set; }
    public decimal? Value { get; set; }
    public string? Text { get; set; }
    public string? SupportingFactors { get; set; }
    public string? InhibitingFactors { get; set; }
    public string? Solutions { get; set; }
    public ApprovalStatus Status { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
    public string? ChangedBy { get; set; }
}
