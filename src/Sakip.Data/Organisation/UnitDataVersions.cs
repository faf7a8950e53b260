using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Sakip.Data.Accounts;
using Sakip.Data.Agreements;
using Sakip.Data.Budget;
using Sakip.Data.Evaluation;
using Sakip.Data.Measurement;
using Sakip.Data.Planning;
using Sakip.Data.Reporting;
using Sakip.Data.Workflow;
using Sakip.Data.Audit;

namespace Sakip.Data.Organisation;

/// <summary>
/// Moves <see cref="UnitEntity.DataVersion"/> on every save that changes what a unit's pages show: the unit whose
/// records changed and its ancestors (their pages roll it up); for units and plan elements also the units below
/// (their pages show them as parents); for scales, and for any record this class does not know, every unit.
/// </summary>
/// <remarks>
/// Pages cache what they computed per unit and version, and read the version with the unit on every request, so a
/// cached result is reused on any instance only while it still holds. The increment runs in the save's
/// transaction: a reader that sees the new records also sees the new version, or reads the version first and at
/// worst caches new records under the old one, which the next request replaces.
/// </remarks>
sealed class UnitDataVersions
{
    /// <summary>Beyond this many changed units (an import), every version moves in one statement.</summary>
    const int MaxUnitsOneByOne = 20;

    readonly HashSet<int> units = [];
    readonly HashSet<int> subtrees = [];
    readonly HashSet<int> indicators = [];
    readonly HashSet<int> realisations = [];
    readonly HashSet<int> agreements = [];
    readonly HashSet<int> targets = [];
    readonly List<EntityEntry> added = [];
    bool everything;

    /// <summary>A result that recaps count changed: units whose indicators take their realisasi from a recap move too.</summary>
    bool recapInputs;

    /// <summary>What the pending changes touch, read before they are saved; null when they touch no unit's data.</summary>
    public static UnitDataVersions? Capture(SakipDb db)
    {
        db.ChangeTracker.DetectChanges();
        var versions = new UnitDataVersions();
        var any = false;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !ShowsOnPages(entry))
            {
                continue;
            }
            any = true;
            switch (entry.State)
            {
                case EntityState.Added:
                    versions.added.Add(entry); // its keys are known only after the save
                    break;
                case EntityState.Modified:
                    versions.Note(entry.Entity, entry.OriginalValues);
                    versions.Note(entry.Entity, entry.CurrentValues);
                    break;
                default:
                    versions.Note(entry.Entity, entry.OriginalValues);
                    break;
            }
        }
        return any ? versions : null;
    }

    /// <summary>Increments the versions; call after the save, inside its transaction.</summary>
    public async Task ApplyAsync(SakipDb db, CancellationToken ct)
    {
        foreach (var entry in added)
        {
            Note(entry.Entity, entry.CurrentValues);
        }
        await ResolveAsync(db, ct);
        if (everything || units.Count + subtrees.Count > MaxUnitsOneByOne)
        {
            await db.Units.ExecuteUpdateAsync(s => s.SetProperty(u => u.DataVersion, u => u.DataVersion + 1), ct);
            return;
        }
        var paths = await db.Units.Where(u => units.Contains(u.Id) || subtrees.Contains(u.Id)).Select(u => new { u.Id, u.Path }).ToListAsync(ct);
        foreach (var subtree in paths.Where(p => subtrees.Contains(p.Id)))
        {
            await db.Units.WithinPath(subtree.Path).Where(u => u.Id != subtree.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.DataVersion, u => u.DataVersion + 1), ct);
        }
        // One row at a time, highest id first: concurrent saves then lock shared ancestors in the same order and wait
        // for each other instead of deadlocking (one multi-row UPDATE locks in whatever order it scans), and the
        // root, which every save shares, is locked last and so held only until the commit.
        foreach (var id in paths.SelectMany(p => UnitPaths.Ids(p.Path)).Distinct().OrderDescending())
        {
            await db.Units.Where(u => u.Id == id).ExecuteUpdateAsync(s => s.SetProperty(u => u.DataVersion, u => u.DataVersion + 1), ct);
        }
    }

    /// <summary>
    /// Accounts, tokens, keys, history rows and published PDFs (served as they were published) are not shown as a unit's
    /// data; nor is the evaluation's work in progress (templates, worksheet answers, evidence, follow-up actions, raw
    /// survey responses), which no cached page shows — what reaches the pages is the scores, recommendations and SKM
    /// results that finalising and recording write; nor are the workflow's history, schedules, settings, outgoing mail
    /// and audit trail (a cycle object's status is, through its item). Everything else is.
    /// </summary>
    static bool ShowsOnPages(EntityEntry entry) =>
        entry.Entity is not (SakipUser or ApiTokenEntity or RealisationHistoryEntity or PublishedReportEntity
            or LkeTemplateEntity or LkeAnswerEntity or EvaluationEvidenceEntity or FollowUpActionEntity or SkmResponseEntity
            or WorkflowStepEntity or ScheduleEntity or WorkflowSettingsEntity or NotificationEntity or AuditEntryEntity)
        && entry.Metadata.ClrType.Namespace?.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) != true;

    void Note(object entity, PropertyValues values)
    {
        int Id(string property) => values.GetValue<int>(property);
        switch (entity)
        {
            case UnitEntity:
                subtrees.Add(Id(nameof(UnitEntity.Id)));
                if (values.GetValue<int?>(nameof(UnitEntity.ParentId)) is { } parent)
                {
                    units.Add(parent); // its list of units below changes
                }
                break;
            case PlanElementEntity:
                subtrees.Add(Id(nameof(PlanElementEntity.UnitId)));
                break;
            case PlanRevisionEntity:
                units.Add(Id(nameof(PlanRevisionEntity.UnitId)));
                break;
            case BudgetLineEntity:
                units.Add(Id(nameof(BudgetLineEntity.UnitId)));
                break;
            case AgreementEntity:
                units.Add(Id(nameof(AgreementEntity.UnitId)));
                break;
            case EvaluationScoreEntity:
                units.Add(Id(nameof(EvaluationScoreEntity.UnitId)));
                recapInputs = true;
                break;
            case EvaluationEntity:
                units.Add(Id(nameof(EvaluationEntity.UnitId)));
                break;
            case AssessmentEntity:
                units.Add(Id(nameof(AssessmentEntity.UnitId)));
                recapInputs = true;
                break;
            case SkmResultEntity:
                units.Add(Id(nameof(SkmResultEntity.UnitId)));
                recapInputs = true;
                break;
            case UnitGroupMemberEntity:
                recapInputs = true;
                break;
            case UnitGroupEntity:
                recapInputs = true;
                break;
            case RecommendationEntity:
                units.Add(Id(nameof(RecommendationEntity.UnitId)));
                break;
            case NarrativeEntity:
                units.Add(Id(nameof(NarrativeEntity.UnitId)));
                break;
            case StaffCountEntity:
                units.Add(Id(nameof(StaffCountEntity.UnitId)));
                break;
            case FacilityEntity:
                units.Add(Id(nameof(FacilityEntity.UnitId)));
                break;
            case ComparisonValueEntity:
                indicators.Add(Id(nameof(ComparisonValueEntity.IndicatorId)));
                break;
            case IndicatorEntity:
                indicators.Add(Id(nameof(IndicatorEntity.Id)));
                break;
            case TargetEntity:
                indicators.Add(Id(nameof(TargetEntity.IndicatorId)));
                break;
            case RealisationEntity:
                indicators.Add(Id(nameof(RealisationEntity.IndicatorId)));
                break;
            case ComponentEntity:
                indicators.Add(Id(nameof(ComponentEntity.IndicatorId)));
                break;
            case EvidenceFileEntity:
                NoteEvidence(values);
                break;
            case WorkflowItemEntity:
                units.Add(Id(nameof(WorkflowItemEntity.UnitId)));
                break;
            case AgreementTargetEntity:
                agreements.Add(Id(nameof(AgreementTargetEntity.AgreementId)));
                break;
            case AgreementProgramEntity:
                agreements.Add(Id(nameof(AgreementProgramEntity.AgreementId)));
                break;
            default:
                everything = true; // scales, and whatever is added later without a rule here
                break;
        }
    }

    /// <summary>An evidence file belongs to a realisation, a target or an agreement.</summary>
    void NoteEvidence(PropertyValues values)
    {
        if (values.GetValue<int?>(nameof(EvidenceFileEntity.RealisationId)) is { } realisation)
        {
            realisations.Add(realisation);
        }
        else if (values.GetValue<int?>(nameof(EvidenceFileEntity.AgreementId)) is { } agreement)
        {
            agreements.Add(agreement);
        }
        else if (values.GetValue<int?>(nameof(EvidenceFileEntity.TargetId)) is { } target)
        {
            targets.Add(target);
        }
    }

    /// <summary>
    /// Turns record ids into unit ids. A record that is gone (deleted in this save together with its parent) cannot be
    /// traced, so every version moves.
    /// </summary>
    async Task ResolveAsync(SakipDb db, CancellationToken ct)
    {
        if (everything)
        {
            return;
        }
        if (targets.Count > 0)
        {
            var found = await db.Targets.Where(t => targets.Contains(t.Id)).Select(t => new { t.Id, t.IndicatorId }).ToListAsync(ct);
            everything |= found.Count < targets.Count;
            indicators.UnionWith(found.Select(t => t.IndicatorId));
        }
        if (realisations.Count > 0)
        {
            var found = await db.Realisations.Where(r => realisations.Contains(r.Id)).Select(r => new { r.Id, r.IndicatorId }).ToListAsync(ct);
            everything |= found.Count < realisations.Count;
            indicators.UnionWith(found.Select(r => r.IndicatorId));
        }
        if (indicators.Count > 0)
        {
            var found = await db.Indicators.Where(i => indicators.Contains(i.Id)).Select(i => new { i.Id, i.PlanElement.UnitId }).ToListAsync(ct);
            everything |= found.Count < indicators.Count;
            units.UnionWith(found.Select(i => i.UnitId));
        }
        if (recapInputs)
        {
            units.UnionWith(await db.Indicators.Where(i => db.RecapIndicators.Any(r => r.IndicatorId == i.Id)).Select(i => i.PlanElement.UnitId).ToListAsync(ct));
        }
        if (agreements.Count > 0)
        {
            var found = await db.Agreements.Where(a => agreements.Contains(a.Id)).Select(a => new { a.Id, a.UnitId }).ToListAsync(ct);
            everything |= found.Count < agreements.Count;
            units.UnionWith(found.Select(a => a.UnitId));
        }
    }
}
