namespace Sakip.Core.Workflow.Schedules;

/// <summary>How a unit's object of a period stands against its entry window (ketepatan waktu).</summary>
public enum TimelinessStatus
{
    /// <summary>Submitted (first time) before the window closed.</summary>
    OnTime,

    /// <summary>Submitted after the window closed, or recorded late when it was submitted.</summary>
    Late,

    /// <summary>The window has closed and nothing was submitted.</summary>
    Missing,

    /// <summary>Not submitted yet and the window is still open (or not yet open): not scored.</summary>
    NotDue,
}
