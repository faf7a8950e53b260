using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Accounts;
using Sakip.Data.Concurrency;
using Sakip.Data.Reporting;

namespace Sakip.Data.Workflow;

/// <summary>
/// One reminder round: for every schedule and every unit with a Perencana that has not submitted, queues the reminders
/// <see cref="ReminderRule"/> says are due. Each goes out once per person (the notification key is unique), so a round
/// can run as often as wanted and on several instances.
/// </summary>
public static class Reminders
{
    public const int DefaultRemindDaysBefore = 7;
    public const int DefaultEscalateDaysAfter = 3;

    /// <summary>Queues and saves the due reminders; returns how many were queued (0 when another instance queued them first).</summary>
    public static async Task<int> QueueAsync(SakipDb db, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await db.WorkflowSettings.AsNoTracking().FirstOrDefaultAsync(ct);
        var (before, after) = (settings?.RemindDaysBefore ?? DefaultRemindDaysBefore, settings?.EscalateDaysAfter ?? DefaultEscalateDaysAfter);
        var zone = await Schedules.ZoneAsync(db, ct);
        var schedules = (await db.Schedules.AsNoTracking().ToListAsync(ct))
            .Select(s => (Schedule: s, Due: ReminderRule.Due(s.Window, zone, before, after, now)))
            .Where(s => s.Due.Count > 0)
            .ToList();
        if (schedules.Count == 0)
        {
            return 0;
        }
        var planners = (await Mailboxes.InRoleAsync(db, Roles.Planner, now, ct)).Where(m => m.UnitId is not null).ToLookup(m => m.UnitId!.Value);
        var leaders = (await Mailboxes.InRoleAsync(db, Roles.Leader, now, ct)).Where(m => m.UnitId is not null).ToLookup(m => m.UnitId!.Value);
        var unitIds = planners.Select(p => p.Key).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(ct);
        var sent = (await db.Notifications.AsNoTracking().Where(n => n.Key != null && n.Key.StartsWith(KeyPrefix)).Select(n => n.Key!).ToListAsync(ct)).ToHashSet();
        var queued = 0;
        foreach (var (schedule, due) in schedules)
        {
            var done = await DoneAsync(db, schedule, ct);
            foreach (var unit in units.Where(u => !done.Contains(u.Id)))
            {
                foreach (var kind in due)
                {
                    foreach (var to in kind == ReminderKind.Escalation ? leaders[unit.Id] : planners[unit.Id])
                    {
                        var key = Key(kind, schedule, unit.Id, to.UserId);
                        if (sent.Add(key))
                        {
                            var (subject, body) = RemindersText.For(kind, schedule, unit.Code, unit.Name, to.Name, zone);
                            db.Notifications.Add(Mailboxes.Notice(to, key, "pengingat:" + ReminderRule.Code(kind), subject, body, now));
                            queued++;
                        }
                    }
                }
            }
        }
        // Another instance's round may have queued the same keys a moment ago: its reminders stand, this round's go.
        return queued > 0 && await db.TrySaveChangesAsync(ct) ? queued : 0;
    }

    const string KeyPrefix = "pengingat:";

    /// <summary>E.g. <c>pengingat:sebelum:realisasi:2021:tw1:15:user-id</c>: one reminder of a kind per window, unit and person.</summary>
    public static string Key(ReminderKind kind, ScheduleEntity schedule, int unitId, string userId) =>
        string.Join(':', KeyPrefix.TrimEnd(':'), ReminderRule.Code(kind), CycleObjects.Code(schedule.Kind),
            schedule.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Core.Codes.Of(schedule.Period),
            unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), userId);

    /// <summary>The units that have met the schedule: their object is submitted or approved (an LKjIP: published).</summary>
    static async Task<HashSet<int>> DoneAsync(SakipDb db, ScheduleEntity schedule, CancellationToken ct) => schedule.Kind switch
    {
        CycleObject.Lkjip => (await db.PublishedReports.AsNoTracking()
            .Where(r => r.Kind == PublishedReportKind.Lkjip && r.Year == schedule.Year && r.WithdrawnAt == null)
            .Select(r => r.UnitId).ToListAsync(ct)).ToHashSet(),
        CycleObject.Renstra or CycleObject.Iku or CycleObject.Targets or CycleObject.Agreement or CycleObject.Budget or CycleObject.Realisation =>
            (await db.WorkflowItems.AsNoTracking()
                .Where(i => i.Kind == schedule.Kind && i.Year == schedule.Year && i.Period == schedule.Period
                    && (i.Status == ApprovalStatus.Submitted || i.Status == ApprovalStatus.Approved))
                .Select(i => i.UnitId).ToListAsync(ct)).ToHashSet(),
    };
}
