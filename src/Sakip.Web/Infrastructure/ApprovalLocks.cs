using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>Reads what <see cref="ApprovalLock"/> needs for one indicator, for every write path that changes a capaian's inputs.</summary>
public static class ApprovalLocks
{
    /// <summary>The approved realisations of an indicator (of one year, or all years), the only ones that lock anything.</summary>
    public static Task<List<ApprovalLock.Realised>> ApprovedAsync(SakipDb db, int indicatorId, int? year, CancellationToken ct) =>
        db.Realisations.AsNoTracking()
            .Where(r => r.IndicatorId == indicatorId && (year == null || r.Year == year) && r.Status == ApprovalStatus.Approved)
            .Select(r => new ApprovalLock.Realised(r.Year, r.Period, r.Status)).ToListAsync(ct);

    /// <summary>The problem with changing the <paramref name="kind"/> target of <paramref name="year"/>, or null.</summary>
    public static async Task<Problem?> ForTargetAsync(
        SakipDb db, int indicatorId, int year, TargetKind kind, bool isAdmin, string field, CancellationToken ct)
    {
        var approved = await ApprovedAsync(db, indicatorId, year, ct);
        if (approved.Count == 0)
        {
            return null;
        }
        var hasAgreementTarget = kind == TargetKind.Renstra && await db.Targets.AnyAsync(
            t => t.IndicatorId == indicatorId && t.Year == year && t.Kind == TargetKind.Agreement && (t.Value != null || t.Text != null), ct);
        return ApprovalLock.ForTarget(year, kind, hasAgreementTarget, approved, isAdmin, field);
    }
}
