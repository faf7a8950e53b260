namespace Sakip.Core.Workflow;

/// <summary>The e-mails sent about an entry window a unit has not met (issue #10): each goes out once per person.</summary>
public enum ReminderKind
{
    /// <summary>Pengingat: to the unit's Perencana, in the last days before the window closes.</summary>
    Before,

    /// <summary>Terlambat: to the unit's Perencana, once the window has closed.</summary>
    Overdue,

    /// <summary>Eskalasi: to the unit's Pimpinan, some days after the window closed.</summary>
    Escalation,
}
