namespace Sakip.Core.Workflow;

/// <summary>Which reminders about an entry window are due at an instant, for a unit that has not submitted yet.</summary>
/// <remarks>
/// All bounds are instants in the installation's zone, from <see cref="EntryWindow.ClosesAfter"/> (the first minute
/// after 23.59 of the closing day): the reminder is due from <c>remindDaysBefore</c> whole days before that instant until
/// it; the overdue notice from that instant; the escalation from <c>escalateDaysAfter</c> days after it. Nothing is due
/// more than <see cref="StaleAfter"/> after the escalation starts, so a schedule entered for a past year does not flood
/// inboxes with old news. A reminder never starts before the window opens.
/// </remarks>
public static class ReminderRule
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(30);

    public static readonly IReadOnlyList<ReminderKind> All = [ReminderKind.Before, ReminderKind.Overdue, ReminderKind.Escalation];

    /// <summary>The reminders due at <paramref name="at"/>, in the order they are meant to go out.</summary>
    public static IReadOnlyList<ReminderKind> Due(EntryWindow window, TimeZoneInfo zone, int remindDaysBefore, int escalateDaysAfter, DateTimeOffset at)
    {
        var closes = window.ClosesAfter(zone);
        var escalates = closes.AddDays(Math.Max(0, escalateDaysAfter));
        if (at >= escalates + StaleAfter)
        {
            return [];
        }
        var due = new List<ReminderKind>();
        if (remindDaysBefore > 0 && at < closes && at >= Later(closes.AddDays(-remindDaysBefore), window.OpensAt(zone)))
        {
            due.Add(ReminderKind.Before);
        }
        if (at >= closes)
        {
            due.Add(ReminderKind.Overdue);
        }
        if (at >= escalates)
        {
            due.Add(ReminderKind.Escalation);
        }
        return due;
    }

    /// <summary>The code in notification keys and on the outbox page.</summary>
    public static string Code(ReminderKind kind) => kind switch
    {
        ReminderKind.Before => "sebelum",
        ReminderKind.Overdue => "terlambat",
        ReminderKind.Escalation => "eskalasi",
    };

    static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset? b) => b is { } other && other > a ? other : a;
}
