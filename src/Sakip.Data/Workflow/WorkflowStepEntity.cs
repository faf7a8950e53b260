using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>One step of a cycle object's history: who did what, when, with which note; an approval keeps what was approved.</summary>
public sealed class WorkflowStepEntity
{
    public int Id { get; set; }
    public int ItemId { get; set; }
    public WorkflowItemEntity Item { get; set; } = null!;
    public WorkflowAction Action { get; set; }
    public ApprovalStatus From { get; set; }
    public ApprovalStatus To { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string? Note { get; set; }

    /// <summary>Submitted after the entry window closed.</summary>
    public bool Late { get; set; }

    /// <summary>On an approval: the approved content (<c>ObjectSnapshot</c> JSON), so every approved revision stays readable and comparable.</summary>
    public string? Snapshot { get; set; }
}
