using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Workflow;
using Sakip.Data.Accounts;

namespace Sakip.Data.Workflow;

/// <summary>
/// Queues the e-mails a workflow step causes (<see cref="NotificationEntity"/>, saved with the step): a submission to
/// the verifiers of the units above, a return or an approval to the submitter, an unlock to the submitter and the
/// approver. Nothing is queued when mail is off.
/// </summary>
public static class WorkflowNotices
{
    static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static async Task QueueAsync(
        SakipDb db, bool mailEnabled, WorkflowItemEntity item, WorkflowAction action, string actorName, string? note, DateTimeOffset now, CancellationToken ct)
    {
        if (!mailEnabled)
        {
            return;
        }
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == item.UnitId).Select(u => new { u.Code, u.Name, u.Path }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return;
        }
        var to = action switch
        {
            // A verifier decides on units strictly below their own (WorkflowRules.MayDecide), never on their own unit.
            WorkflowAction.Submit => [.. (await Mailboxes.InRoleAsync(db, Roles.Verifier, now, ct))
                .Where(m => m.UnitPath is { } path && path != unit.Path && unit.Path.StartsWith(path, StringComparison.Ordinal))],
            WorkflowAction.Return or WorkflowAction.Approve => await Mailboxes.OfAsync(db, [item.SubmittedById], now, ct),
            WorkflowAction.Unlock => await Mailboxes.OfAsync(db, [item.SubmittedById, item.DecidedById], now, ct),
        };
        var zone = await Schedules.ZoneAsync(db, ct);
        var what = CycleObjects.Name(item.Kind, item.Year, item.Period);
        var subject = $"[Sakip] {what} {unit.Name}: {Verb(action)}";
        var lines = new List<string>
        {
            $"{what} {unit.Name} ({unit.Code}) {Verb(action)} oleh {actorName} pada {Local(now, zone)}.",
        };
        if (!string.IsNullOrWhiteSpace(note))
        {
            lines.Add("");
            lines.Add($"Catatan: {note.Trim()}");
        }
        lines.Add("");
        lines.Add(Ask(action));
        lines.Add($"Buka: {Mailboxes.Site}{Link(unit.Code, item)}");
        foreach (var mailbox in to)
        {
            var body = string.Join("\n", [$"Yth. {mailbox.Name},", "", .. lines, "", Footer]);
            db.Notifications.Add(Mailboxes.Notice(mailbox, null, "alur:" + WorkflowActions.Code(action), subject, body, now));
        }
    }

    /// <summary>Closes every e-mail the app sends.</summary>
    public const string Footer = "Surel ini dikirim otomatis oleh Sakip; mohon tidak membalas surel ini.";

    /// <summary>The object's page, e.g. <c>/Alur/Objek?instansi=SETDA&amp;objek=pk&amp;tahun=2021&amp;periode=tahunan</c>.</summary>
    public static string Link(string unitCode, WorkflowItemEntity item) => Link(unitCode, item.Kind, item.Year, item.Period);

    public static string Link(string unitCode, CycleObject kind, int year, Core.Measurement.Period period) =>
        $"/Alur/Objek?instansi={Uri.EscapeDataString(unitCode)}&objek={CycleObjects.Code(kind)}&tahun={year.ToString(CultureInfo.InvariantCulture)}&periode={Codes.Of(period)}";

    /// <summary>"31-01-2022 pukul 23.59 WIB".</summary>
    public static string Local(DateTimeOffset at, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString("dd-MM-yyyy 'pukul' HH.mm", Id) + " " + zone.Id;

    static string Verb(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "diajukan untuk diverifikasi",
        WorkflowAction.Return => "dikembalikan untuk diperbaiki",
        WorkflowAction.Approve => "disetujui",
        WorkflowAction.Unlock => "dibuka kuncinya",
    };

    static string Ask(WorkflowAction action) => action switch
    {
        WorkflowAction.Submit => "Mohon periksa lalu setujui atau kembalikan dengan catatan.",
        WorkflowAction.Return => "Mohon perbaiki sesuai catatan lalu ajukan kembali.",
        WorkflowAction.Approve => "Data ini kini terkunci; perubahan berikutnya memerlukan pembukaan kunci.",
        WorkflowAction.Unlock => "Data ini dapat diubah lagi dan perlu diajukan kembali setelah diperbaiki.",
    };
}
