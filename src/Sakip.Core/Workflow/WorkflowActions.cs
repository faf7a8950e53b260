namespace Sakip.Core.Workflow;

/// <summary>The Indonesian words of the <see cref="WorkflowAction"/>s.</summary>
public static class WorkflowActions
{
    public static string Label(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "Diajukan",
        WorkflowAction.Return => "Dikembalikan",
        WorkflowAction.Approve => "Disetujui",
        WorkflowAction.Unlock => "Dibuka kuncinya",
    };

    /// <summary>The code in URLs and the API (the imperative the button says).</summary>
    public static string Code(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "ajukan",
        WorkflowAction.Return => "kembalikan",
        WorkflowAction.Approve => "setujui",
        WorkflowAction.Unlock => "buka",
    };

    public static WorkflowAction? Parse(string? code) =>
        Enum.GetValues<WorkflowAction>().Cast<WorkflowAction?>().FirstOrDefault(a => string.Equals(Code(a!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
