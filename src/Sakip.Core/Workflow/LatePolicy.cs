namespace Sakip.Core.Workflow;

/// <summary>What happens to a submission after its entry window has closed.</summary>
public enum LatePolicy
{
    /// <summary>Accepted and recorded as late (terlambat).</summary>
    Mark,

    /// <summary>Refused: the window is closed; an Admin must reopen it.</summary>
    Refuse,
}
