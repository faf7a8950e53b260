using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Data.Audit;
using Sakip.Data.Workflow;

namespace Sakip.Data.Exchange;

/// <summary>
/// Brings a validated dataset into the database in one transaction: records are matched by their package keys,
/// added or updated, never deleted; staff and facilities, which have no key, replace a unit's rows of a year as a set,
/// and a different Perjanjian Kinerja becomes a new version beside the old. Realisation statuses are not imported
/// (see <see cref="ImportSteps.RealisationsAsync"/>), and LKE answers only reach draft evaluations
/// (<see cref="LkeImportCheck"/>). A preview runs the same import and rolls it back.
/// </summary>
public static class DatasetImporter
{
    public static Task<ImportSummary> PreviewAsync(SakipDb db, Dataset data, CancellationToken ct = default) =>
        RunAsync(db, data, null, null, DateTimeOffset.UnixEpoch, commit: false, ct);

    public static Task<ImportSummary> ImportAsync(SakipDb db, Dataset data, string? user, DateTimeOffset now, CancellationToken ct = default) =>
        RunAsync(db, data, user, null, now, commit: true, ct);

    /// <param name="fileName">The package's file name, for the audit trail's <c>impor</c> entry.</param>
    public static Task<ImportSummary> ImportAsync(SakipDb db, Dataset data, string? user, string? fileName, DateTimeOffset now, CancellationToken ct = default) =>
        RunAsync(db, data, user, fileName, now, commit: true, ct);

    static async Task<ImportSummary> RunAsync(SakipDb db, Dataset data, string? user, string? fileName, DateTimeOffset now, bool commit, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if ((await ImportLocks.CheckAsync(db, data, ct)).Concat(await LkeImportCheck.CheckAsync(db, data, ct))
                .Concat(await FinalEvaluationLocks.CheckAsync(db, data, ct)).ToList() is { Count: > 0 } locked)
            {
                await transaction.RollbackAsync(ct);
                return new ImportSummary([], locked);
            }
            // One "impor" entry for the whole package instead of one per row (PackageAudit).
            using var quiet = AuditTrail.Suspend(db);
            ImportSummary summary;
            try
            {
                var import = new ImportSteps(db, user, now);
                var files = new List<ImportCount>
                {
                    await import.UnitsAsync(data.Units, ct),
                    await import.ScalesAsync(data.Scales, ct),
                    await import.PlanAsync(data.PlanElements, ct),
                    await import.IndicatorsAsync(data.Indicators, ct),
                    await import.TargetsAsync(data.Targets, ct),
                    await import.RealisationsAsync(data.Realisations, ct),
                    await import.ComponentsAsync(data.Components, ct),
                    await import.BudgetAsync(data.BudgetLines, ct),
                    await import.AgreementsAsync(data.Agreements, data.AgreementPrograms, ct),
                    await import.EvaluationsAsync(data.Evaluations, ct),
                    await import.RecommendationsAsync(data.Recommendations, ct),
                    await import.NarrativesAsync(data.Narratives, ct),
                    await import.StaffAsync(data.Staff, ct),
                    await import.FacilitiesAsync(data.Facilities, ct),
                    await import.ComparisonsAsync(data.Comparisons, ct),
                    await import.LkeAnswersAsync(data.LkeAnswers, ct),
                };
                var (skm, skmResponses) = await import.SkmAsync(data.SkmResults, data.SkmResponses, ct);
                summary = new ImportSummary(
                [
                    .. files, skm, skmResponses,
                    await import.AssessmentsAsync(data.Assessments, ct),
                    await import.UnitGroupsAsync(data.UnitGroups, ct),
                    await import.RecapIndicatorsAsync(data.RecapIndicators, ct),
                ]);
            }
            catch (WorkflowLockedException refused)
            {
                // The backstop of the workflow's lock: a package that would change a submitted or approved object is refused whole.
                await transaction.RollbackAsync(ct);
                db.ChangeTracker.Clear();
                return new ImportSummary([], [.. refused.Problems.Select(p => p with { Field = "paket" })]);
            }
            if (commit)
            {
                await PackageAudit.AddImportAsync(db, fileName, summary, ImportScope.UnitCodes(data), now, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }
            else
            {
                await transaction.RollbackAsync(ct);
            }
            db.ChangeTracker.Clear();
            return summary;
        });
    }
}
