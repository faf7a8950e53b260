namespace Sakip.Core.Workflow;

/// <summary>What a person does to a cycle object; each is one step of its history and one entry of the audit trail.</summary>
public enum WorkflowAction
{
    /// <summary>Ajukan: the unit sends the object for verification.</summary>
    Submit,

    /// <summary>Kembalikan: the verifier sends it back with a note.</summary>
    Return,

    /// <summary>Setujui: the verifier approves it; it is locked.</summary>
    Approve,

    /// <summary>Buka kunci: the approver or an Admin unlocks an approved object, with a reason, so it can be revised.</summary>
    Unlock,
}
