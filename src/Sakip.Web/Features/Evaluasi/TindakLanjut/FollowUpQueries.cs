using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.TindakLanjut;

/// <summary>The recommendations of a unit's LHE year with their action plans and evidence counts: the page and the API read the same.</summary>
public static class FollowUpQueries
{
    /// <summary>The years the unit has recommendations for, newest first.</summary>
    public static Task<List<int>> YearsAsync(SakipDb db, int unitId, CancellationToken ct) =>
        db.Recommendations.AsNoTracking().Where(r => r.UnitId == unitId).Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);

    /// <summary>The units in the scope that have recommendations, for the unit picker (an evaluator starts from the whole installation).</summary>
    public static Task<List<UnitChoice>> UnitsAsync(SakipDb db, string scopePath, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.Path.StartsWith(scopePath) && db.Recommendations.Any(r => r.UnitId == u.Id))
            .OrderBy(u => u.Name).Select(u => new UnitChoice(u.Code, u.Name)).ToListAsync(ct);

    public sealed record UnitChoice(string Code, string Name);

    /// <param name="today">Overdue is judged on this day (the installation's local date).</param>
    public static async Task<List<RecommendationView>> ForYearAsync(SakipDb db, int unitId, int year, DateOnly today, CancellationToken ct)
    {
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.UnitId == unitId && r.Year == year).OrderBy(r => r.Id).ToListAsync(ct);
        var ids = recommendations.Select(r => r.Id).ToList();
        var actions = await db.FollowUpActions.AsNoTracking().Where(a => ids.Contains(a.RecommendationId))
            .Select(a => new { Row = a, Evidence = db.EvaluationEvidence.Count(e => e.FollowUpActionId == a.Id && e.RemovedAt == null) })
            .ToListAsync(ct);
        return [.. recommendations.Select(r => new RecommendationView(
            r.Id, r.Number, r.Component, r.Text, r.FollowUp, r.Status, r.PrintedStatus, r.Verification, r.VerifiedAt, r.VerifiedBy, r.VerificationNote, r.Version,
            [.. actions.Where(a => a.Row.RecommendationId == r.Id).OrderBy(a => a.Row.DueDate ?? DateOnly.MaxValue).ThenBy(a => a.Row.Id)
                .Select(a => ActionView.Of(a.Row, a.Evidence, today))]))];
    }

    public sealed record RecommendationView(
        int Id, string Number, string? Component, string Text, string? FollowUp, FollowUpStatus? Status, string? PrintedStatus,
        VerificationStatus Verification, DateTimeOffset? VerifiedAt, string? VerifiedBy, string? VerificationNote, int Version, IReadOnlyList<ActionView> Actions)
    {
        public bool IsUnfinished => Status != FollowUpStatus.Done;

        /// <summary>Done by the unit's account but not yet closed by the evaluator.</summary>
        public bool AwaitsVerification => Status == FollowUpStatus.Done && Verification != VerificationStatus.Closed;

        public bool IsClosed => Verification == VerificationStatus.Closed;
    }

    public sealed record ActionView(
        int Id, string Plan, string? Responsible, DateOnly? DueDate, FollowUpStatus Status, string? Result, int Version, bool Overdue, int Evidence,
        DateTimeOffset UpdatedAt, string? UpdatedBy)
    {
        public static ActionView Of(FollowUpActionEntity a, int evidence, DateOnly today) =>
            new(a.Id, a.Plan, a.Responsible, a.DueDate, a.Status, a.Result, a.Version, FollowUpWrites.ToCore(a).IsOverdueOn(today), evidence, a.UpdatedAt, a.UpdatedBy);
    }
}
