using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>The subject and body of each reminder, in Bahasa Indonesia.</summary>
public static class RemindersText
{
    public static (string Subject, string Body) For(ReminderKind kind, ScheduleEntity schedule, string unitCode, string unitName, string toName, TimeZoneInfo zone)
    {
        var what = CycleObjects.Name(schedule.Kind, schedule.Year, schedule.Period);
        var deadline = $"{schedule.ClosesOn.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture)} pukul 23.59 {zone.Id}";
        var (subject, message) = kind switch
        {
            ReminderKind.Before => ($"[Sakip] Pengingat: batas waktu {what} {unitName} {deadline}",
                $"Batas waktu pengajuan {what} {unitName} ({unitCode}) adalah {deadline}, dan data ini belum diajukan. Mohon lengkapi lalu ajukan sebelum batas waktu."),
            ReminderKind.Overdue => ($"[Sakip] Terlambat: {what} {unitName} belum diajukan",
                $"Batas waktu pengajuan {what} {unitName} ({unitCode}) telah lewat ({deadline}), dan data ini belum diajukan. Mohon segera lengkapi lalu ajukan."),
            ReminderKind.Escalation => ($"[Sakip] Eskalasi: {what} {unitName} belum diajukan",
                $"Sebagai pimpinan, Anda diberi tahu bahwa {what} {unitName} ({unitCode}) belum diajukan walaupun batas waktunya telah lewat ({deadline}). Mohon arahkan perencana unit untuk segera mengajukannya."),
        };
        var link = schedule.Kind == CycleObject.Lkjip ? "/Laporan" : WorkflowNotices.Link(unitCode, schedule.Kind, schedule.Year, schedule.Period);
        var body = string.Join("\n", $"Yth. {toName},", "", message, "", $"Buka: {Mailboxes.Site}{link}", "", WorkflowNotices.Footer);
        return (subject, body);
    }
}
