using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>
/// Queues the e-mails a workflow step causes (<see cref="NotificationEntity"/>, saved with the step): a submission to
/// the verifiers above, a return to the submitter. Nothing is queued when mail is off. (Being completed: issue #10, notifications.)
/// </summary>
public static class WorkflowNotices
{
    public static Task QueueAsync(
        SakipDb db, bool mailEnabled, WorkflowItemEntity item, WorkflowAction action, string actorName, string? note, DateTimeOffset now, CancellationToken ct) =>
        Task.CompletedTask;
}
