using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>Reads the installation's entry windows and time zone.</summary>
public static class Schedules
{
    /// <summary>The window an Admin set for the object and period, or null when none is set (then nothing is late).</summary>
    public static async Task<EntryWindow?> WindowAsync(SakipDb db, CycleObject kind, int year, Period period, CancellationToken ct) =>
        (await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Kind == kind && s.Year == year && s.Period == period, ct))?.Window;

    /// <summary>The installation's time zone (WIB unless an Admin chose WITA or WIT).</summary>
    public static async Task<TimeZoneInfo> ZoneAsync(SakipDb db, CancellationToken ct)
    {
        var code = await db.WorkflowSettings.AsNoTracking().Select(s => s.TimeZone).FirstOrDefaultAsync(ct);
        return IndonesianTimeZones.Find(code) ?? IndonesianTimeZones.Find(IndonesianTimeZones.Default)!;
    }

    /// <summary>Every window set for a year, in the order of the cycle (object, then period).</summary>
    public static async Task<List<ScheduleEntity>> ForYearAsync(SakipDb db, int year, CancellationToken ct)
    {
        var rows = await db.Schedules.AsNoTracking().Where(s => s.Year == year).ToListAsync(ct);
        return [.. rows.OrderBy(s => s.Kind).ThenBy(s => s.Period)];
    }

    /// <summary>The years that have a window, newest first.</summary>
    public static async Task<List<int>> YearsAsync(SakipDb db, CancellationToken ct) =>
        await db.Schedules.AsNoTracking().Select(s => s.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>The settings row, or the defaults (not stored) until an Admin first saves them.</summary>
    public static async Task<WorkflowSettingsEntity> SettingsAsync(SakipDb db, CancellationToken ct) =>
        await db.WorkflowSettings.AsNoTracking().OrderBy(s => s.Id).FirstOrDefaultAsync(ct) ?? new WorkflowSettingsEntity { Version = 0 };
}
