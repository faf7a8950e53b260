using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Core.Workflow;
using Sakip.Data.Agreements;
using Sakip.Data.Budget;
using Sakip.Data.Measurement;
using Sakip.Data.Planning;

namespace Sakip.Data.Workflow;

/// <summary>
/// Refuses any save that changes a record of a submitted or approved cycle object (<see cref="WorkflowRules.IsLocked"/>),
/// whichever path it comes from. The records of an object are the object and every input of its figures: a quarter's
/// realisasi also holds its pembilang/penyebut and evidence; targets hold their evidence; the Renstra holds the plan
/// elements, indicator definitions and Renstra targets; the IKU holds the key indicators' definitions.
/// </summary>
public static class WorkflowLocks
{
    /// <summary>
    /// Lets the workflow itself write the status of the records of an object it is deciding on; any other change in
    /// the same save is still refused.
    /// </summary>
    public static IDisposable Suspend(SakipDb db)
    {
        db.LocksSuspended = true;
        return new Resume(db);
    }

    sealed class Resume(SakipDb db) : IDisposable
    {
        public void Dispose() => db.LocksSuspended = false;
    }

    /// <summary>Throws <see cref="WorkflowLockedException"/> when a pending change touches a locked object.</summary>
    public static async Task CheckAsync(SakipDb db, CancellationToken ct)
    {
        if (db.LocksSuspended)
        {
            return;
        }
        db.ChangeTracker.DetectChanges();
        var changed = db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsLockable(e.Entity)).ToList();
        if (changed.Count == 0 || !await db.WorkflowItems.AnyAsync(i => i.Status == ApprovalStatus.Submitted || i.Status == ApprovalStatus.Approved, ct))
        {
            return;
        }
        var keys = await KeysAsync(db, changed, ct);
        var unitIds = keys.Select(k => k.Key.UnitId).Distinct().ToList();
        var locked = await db.WorkflowItems.AsNoTracking()
            .Where(i => unitIds.Contains(i.UnitId) && (i.Status == ApprovalStatus.Submitted || i.Status == ApprovalStatus.Approved))
            .Include(i => i.Unit).ToListAsync(ct);
        var problems = keys
            .Select(k => (k.What, Item: locked.FirstOrDefault(i => k.Key.Matches(i))))
            .Where(k => k.Item is not null)
            .Select(k => Problem(k.What, k.Item!))
            .Distinct().ToList();
        if (problems.Count > 0)
        {
            throw new WorkflowLockedException(problems);
        }
    }

    /// <summary>The message naming the locked object and what to do.</summary>
    public static Problem Problem(string what, WorkflowItemEntity item) => new("status",
        $"{what} tidak dapat diubah: {CycleObjects.Name(item.Kind, item.Year, item.Period)} {item.Unit?.DisplayName} berstatus "
        + $"{Approval.Label(item.Status).ToLowerInvariant()} dan terkunci. "
        + (item.Status == ApprovalStatus.Submitted
            ? "Tunggu verifikasi, atau minta verifikator mengembalikannya."
            : "Minta verifikator yang menyetujuinya atau Admin membuka kuncinya, dengan alasan."));

    static bool IsLockable(object entity) => entity is PlanElementEntity or IndicatorEntity or TargetEntity or RealisationEntity
        or ComponentEntity or EvidenceFileEntity or AgreementEntity or AgreementTargetEntity or AgreementProgramEntity or BudgetLineEntity;

    /// <summary>The keys each changed record belongs to (an indicator may belong to both the Renstra and the IKU).</summary>
    static async Task<List<(WorkflowKey Key, string What)>> KeysAsync(SakipDb db, List<EntityEntry> changed, CancellationToken ct)
    {
        var resolve = new Resolver(db);
        var keys = new List<(WorkflowKey, string)>();
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case PlanElementEntity e:
                    keys.Add((new(e.UnitId, CycleObject.Renstra, WorkflowKey.AnyYear, Period.Annual), $"Unsur rencana {e.Code}"));
                    break;
                case IndicatorEntity i:
                    var unit = await resolve.UnitOfElementAsync(i.PlanElementId, ct);
                    keys.Add((new(unit, CycleObject.Renstra, WorkflowKey.AnyYear, Period.Annual), $"Indikator {i.Code}"));
                    var wasKey = entry.State == EntityState.Modified && entry.OriginalValues.GetValue<bool>(nameof(IndicatorEntity.IsKey));
                    if (i.IsKey || wasKey)
                    {
                        keys.Add((new(unit, CycleObject.Iku, WorkflowKey.AnyYear, Period.Annual), $"IKU {i.Code}"));
                    }
                    if (entry.State != EntityState.Added && FeedsCapaian(entry))
                    {
                        // arah, agregasi and the ratio feed every capaian of the indicator: an approved realisasi locks them.
                        keys.Add((new(unit, CycleObject.Realisation, WorkflowKey.AnyYear, Period.Annual), $"Definisi indikator {i.Code}"));
                    }
                    break;
                case TargetEntity t:
                    keys.Add((await TargetKeyAsync(resolve, t.IndicatorId, t.Year, t.Kind, ct), $"Target {Codes.Of(t.Kind)} {t.Year}"));
                    if (FedPeriod(t.Kind) is { } fed)
                    {
                        // the capaian of an approved realisasi is computed with this target: it is locked with it.
                        keys.Add((new(await resolve.UnitOfIndicatorAsync(t.IndicatorId, ct), CycleObject.Realisation, t.Year, fed), $"Target {Codes.Of(t.Kind)} {t.Year}"));
                    }
                    break;
                case RealisationEntity r:
                    keys.Add((new(await resolve.UnitOfIndicatorAsync(r.IndicatorId, ct), CycleObject.Realisation, r.Year, r.Period),
                        $"Realisasi {Periods.Label(r.Period)} {r.Year}"));
                    break;
                case ComponentEntity c:
                    keys.Add((new(await resolve.UnitOfIndicatorAsync(c.IndicatorId, ct), CycleObject.Realisation, c.Year, c.Period),
                        $"Pembilang/penyebut {Periods.Label(c.Period)} {c.Year}"));
                    break;
                case EvidenceFileEntity f:
                    if (await EvidenceKeyAsync(db, resolve, f, ct) is { } evidence)
                    {
                        keys.Add((evidence, "Bukti dukung"));
                    }
                    break;
                case AgreementEntity a:
                    keys.Add((new(a.UnitId, CycleObject.Agreement, a.Year, Period.Annual), $"Perjanjian Kinerja {a.Year}"));
                    break;
                case AgreementTargetEntity at:
                    keys.Add((await resolve.AgreementKeyAsync(at.AgreementId, ct), "Target Perjanjian Kinerja"));
                    break;
                case AgreementProgramEntity ap:
                    keys.Add((await resolve.AgreementKeyAsync(ap.AgreementId, ct), "Program Perjanjian Kinerja"));
                    break;
                case BudgetLineEntity b:
                    keys.Add((new(b.UnitId, CycleObject.Budget, b.Year, Period.Annual), $"Anggaran {b.Code} {b.Year}"));
                    break;
            }
        }
        return keys;
    }

    /// <summary>The realisasi period whose capaian a target feeds (<see cref="ApprovalLock.PeriodsFedBy"/>, without its fallback).</summary>
    static Period? FedPeriod(TargetKind kind) => kind switch
    {
        TargetKind.Q1 => Period.Q1,
        TargetKind.Q2 => Period.Q2,
        TargetKind.Q3 => Period.Q3,
        TargetKind.Q4 => Period.Q4,
        TargetKind.Agreement or TargetKind.Renstra => Period.Annual,
        TargetKind.Baseline => null,
    };

    /// <summary>Whether a change to an indicator touches what its capaian is computed from.</summary>
    static bool FeedsCapaian(EntityEntry entry) =>
        new[] { nameof(IndicatorEntity.Direction), nameof(IndicatorEntity.Aggregation), nameof(IndicatorEntity.Formula), nameof(IndicatorEntity.Numerator), nameof(IndicatorEntity.Denominator) }
            .Any(p => entry.State == EntityState.Deleted || entry.Property(p).IsModified);

    /// <summary>Baseline and Renstra targets belong to the Renstra; the PK and quarterly targets to the year's targets.</summary>
    static async Task<WorkflowKey> TargetKeyAsync(Resolver resolve, int indicatorId, int year, TargetKind kind, CancellationToken ct)
    {
        var unit = await resolve.UnitOfIndicatorAsync(indicatorId, ct);
        return kind is TargetKind.Baseline or TargetKind.Renstra
            ? new(unit, CycleObject.Renstra, WorkflowKey.AnyYear, Period.Annual)
            : new(unit, CycleObject.Targets, year, Period.Annual);
    }

    static async Task<WorkflowKey?> EvidenceKeyAsync(SakipDb db, Resolver resolve, EvidenceFileEntity file, CancellationToken ct)
    {
        if (file.RealisationId is { } realisation
            && await db.Realisations.AsNoTracking().Where(r => r.Id == realisation).Select(r => new { r.IndicatorId, r.Year, r.Period }).FirstOrDefaultAsync(ct) is { } r)
        {
            return new(await resolve.UnitOfIndicatorAsync(r.IndicatorId, ct), CycleObject.Realisation, r.Year, r.Period);
        }
        if (file.TargetId is { } target
            && await db.Targets.AsNoTracking().Where(t => t.Id == target).Select(t => new { t.IndicatorId, t.Year, t.Kind }).FirstOrDefaultAsync(ct) is { } t)
        {
            return await TargetKeyAsync(resolve, t.IndicatorId, t.Year, t.Kind, ct);
        }
        return file.AgreementId is { } agreement ? await resolve.AgreementKeyAsync(agreement, ct) : null;
    }

    /// <summary>Looks up (once each) the unit of an indicator, plan element or agreement.</summary>
    sealed class Resolver(SakipDb db)
    {
        readonly Dictionary<int, int> elements = [];
        readonly Dictionary<int, int> indicators = [];
        readonly Dictionary<int, WorkflowKey> agreements = [];

        public async Task<int> UnitOfElementAsync(int elementId, CancellationToken ct)
        {
            if (!elements.TryGetValue(elementId, out var unit))
            {
                unit = db.ChangeTracker.Entries<PlanElementEntity>().FirstOrDefault(e => e.Entity.Id == elementId)?.Entity.UnitId
                    ?? await db.PlanElements.AsNoTracking().Where(e => e.Id == elementId).Select(e => e.UnitId).FirstOrDefaultAsync(ct);
                elements[elementId] = unit;
            }
            return unit;
        }

        public async Task<int> UnitOfIndicatorAsync(int indicatorId, CancellationToken ct)
        {
            if (!indicators.TryGetValue(indicatorId, out var unit))
            {
                var element = db.ChangeTracker.Entries<IndicatorEntity>().FirstOrDefault(e => e.Entity.Id == indicatorId)?.Entity.PlanElementId
                    ?? await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId).Select(i => i.PlanElementId).FirstOrDefaultAsync(ct);
                unit = await UnitOfElementAsync(element, ct);
                indicators[indicatorId] = unit;
            }
            return unit;
        }

        public async Task<WorkflowKey> AgreementKeyAsync(int agreementId, CancellationToken ct)
        {
            if (!agreements.TryGetValue(agreementId, out var key))
            {
                var a = db.ChangeTracker.Entries<AgreementEntity>().FirstOrDefault(e => e.Entity.Id == agreementId)?.Entity is { } tracked
                    ? (tracked.UnitId, tracked.Year)
                    : await db.Agreements.AsNoTracking().Where(x => x.Id == agreementId).Select(x => new ValueTuple<int, int>(x.UnitId, x.Year)).FirstOrDefaultAsync(ct);
                key = new(a.Item1, CycleObject.Agreement, a.Item2, Period.Annual);
                agreements[agreementId] = key;
            }
            return key;
        }
    }
}
