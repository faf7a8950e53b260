using Microsoft.EntityFrameworkCore;
using Sakip.Core.Reporting;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Reporting;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// Saves one narrative section with the version check every editable row has (<see cref="EditVersions"/>,
/// <see cref="WriteConflicts"/>): a save from an older version, or a create racing another, is a conflict carrying
/// the row now stored. Kept in one file so it can give way to the shared narrative writes in Sakip.Data.
/// </summary>
public static class NarrativeSave
{
    /// <param name="opened">The version the editor opened; null when there was no text yet.</param>
    public static async Task<Result> SaveAsync(
        SakipDb db, int unitId, int year, NarrativeSection section, int? planElementId, string text, int? opened, string by, DateTimeOffset now, CancellationToken ct)
    {
        var row = await FindAsync(db.Narratives, unitId, year, section, planElementId, ct);
        if (row is null && opened is not null || row is not null && row.Version != opened)
        {
            return new Result(false, row);
        }
        if (row is null)
        {
            row = new NarrativeEntity { UnitId = unitId, Year = year, Section = section, PlanElementId = planElementId };
            db.Narratives.Add(row);
        }
        else
        {
            db.Expect(row, opened);
        }
        row.Text = text;
        row.UpdatedAt = now;
        row.UpdatedBy = by;
        if (await db.TrySaveChangesAsync(ct))
        {
            return new Result(true, row);
        }
        return new Result(false, await FindAsync(db.Narratives.AsNoTracking(), unitId, year, section, planElementId, ct));
    }

    static Task<NarrativeEntity?> FindAsync(IQueryable<NarrativeEntity> rows, int unitId, int year, NarrativeSection section, int? planElementId, CancellationToken ct) =>
        rows.FirstOrDefaultAsync(n => n.UnitId == unitId && n.Year == year && n.Section == section && n.PlanElementId == planElementId, ct);

    /// <param name="Row">The row saved, or on a conflict the row now stored (null when there is none).</param>
    public sealed record Result(bool Saved, NarrativeEntity? Row);
}
