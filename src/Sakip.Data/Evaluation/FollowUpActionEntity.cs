using Sakip.Core.Evaluation;

namespace Sakip.Data.Evaluation;

/// <summary>An action plan (rencana aksi tindak lanjut) of a recommendation: what is done, by whom, by when, how far.</summary>
public sealed class FollowUpActionEntity
{
    public int Id { get; set; }
    public int RecommendationId { get; set; }
    public string Plan { get; set; } = "";
    public string? Responsible { get; set; }
    public DateOnly? DueDate { get; set; }
    public FollowUpStatus Status { get; set; } = FollowUpStatus.NotStarted;

    /// <summary>What was done, as the unit reports it.</summary>
    public string? Result { get; set; }

    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
