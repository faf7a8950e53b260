using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Data.Agreements;
using Sakip.Data.Audit;
using Sakip.Data.Budget;
using Sakip.Data.Concurrency;
using Sakip.Data.Evaluation;
using Sakip.Data.Measurement;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;
using Sakip.Data.Reporting;
using Sakip.Data.Workflow;

namespace Sakip.Data;

/// <summary>
/// The one database context. Each provider has a derived context (<see cref="SqliteSakipDb"/>,
/// <see cref="PostgresSakipDb"/>) only so each gets its own generated migrations.
/// </summary>
public class SakipDb(DbContextOptions options) : IdentityDbContext<SakipUser>(options), IDataProtectionKeyContext
{
    public DbSet<UnitEntity> Units => Set<UnitEntity>();
    public DbSet<PlanElementEntity> PlanElements => Set<PlanElementEntity>();
    public DbSet<IndicatorEntity> Indicators => Set<IndicatorEntity>();
    public DbSet<PlanRevisionEntity> PlanRevisions => Set<PlanRevisionEntity>();
    public DbSet<TargetEntity> Targets => Set<TargetEntity>();
    public DbSet<RealisationEntity> Realisations => Set<RealisationEntity>();
    public DbSet<RealisationHistoryEntity> RealisationHistory => Set<RealisationHistoryEntity>();
    public DbSet<ComponentEntity> Components => Set<ComponentEntity>();
    public DbSet<EvidenceFileEntity> EvidenceFiles => Set<EvidenceFileEntity>();
    public DbSet<BudgetLineEntity> BudgetLines => Set<BudgetLineEntity>();
    public DbSet<EvaluationScoreEntity> EvaluationScores => Set<EvaluationScoreEntity>();
    public DbSet<RecommendationEntity> Recommendations => Set<RecommendationEntity>();
    public DbSet<ScaleBandEntity> ScaleBands => Set<ScaleBandEntity>();
    public DbSet<LkeTemplateEntity> LkeTemplates => Set<LkeTemplateEntity>();
    public DbSet<EvaluationEntity> Evaluations => Set<EvaluationEntity>();
    public DbSet<LkeAnswerEntity> LkeAnswers => Set<LkeAnswerEntity>();
    public DbSet<EvaluationEvidenceEntity> EvaluationEvidence => Set<EvaluationEvidenceEntity>();
    public DbSet<FollowUpActionEntity> FollowUpActions => Set<FollowUpActionEntity>();
    public DbSet<AssessmentEntity> Assessments => Set<AssessmentEntity>();
    public DbSet<SkmResultEntity> SkmResults => Set<SkmResultEntity>();
    public DbSet<SkmResponseEntity> SkmResponses => Set<SkmResponseEntity>();
    public DbSet<UnitGroupEntity> UnitGroups => Set<UnitGroupEntity>();
    public DbSet<UnitGroupMemberEntity> UnitGroupMembers => Set<UnitGroupMemberEntity>();
    public DbSet<RecapIndicatorEntity> RecapIndicators => Set<RecapIndicatorEntity>();
    public DbSet<AgreementEntity> Agreements => Set<AgreementEntity>();
    public DbSet<NarrativeEntity> Narratives => Set<NarrativeEntity>();
    public DbSet<StaffCountEntity> StaffCounts => Set<StaffCountEntity>();
    public DbSet<FacilityEntity> Facilities => Set<FacilityEntity>();
    public DbSet<ComparisonValueEntity> ComparisonValues => Set<ComparisonValueEntity>();
    public DbSet<PublishedReportEntity> PublishedReports => Set<PublishedReportEntity>();
    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();
    public DbSet<WorkflowItemEntity> WorkflowItems => Set<WorkflowItemEntity>();
    public DbSet<WorkflowStepEntity> WorkflowSteps => Set<WorkflowStepEntity>();
    public DbSet<ScheduleEntity> Schedules => Set<ScheduleEntity>();
    public DbSet<WorkflowSettingsEntity> WorkflowSettings => Set<WorkflowSettingsEntity>();
    public DbSet<NotificationEntity> Notifications => Set<NotificationEntity>();
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Set only inside <see cref="WorkflowLocks.Suspend"/>, while the workflow writes the status of what it decides on.</summary>
    internal bool LocksSuspended { get; set; }

    /// <summary>
    /// A change to a submitted or approved cycle object is refused (<see cref="WorkflowLocks"/>); every change to a
    /// realisation keeps the earlier values as history and bumps its version; every other editable row bumps its
    /// version (<see cref="EditVersions"/>); every change to a unit's data moves that unit's
    /// <see cref="UnitEntity.DataVersion"/>, and every change is written to the audit trail (<see cref="AuditTrail"/>),
    /// in the same transaction.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await WorkflowLocks.CheckAsync(this, cancellationToken);
        RealisationVersions.Record(this);
        EditVersions.Bump(this);
        var versions = UnitDataVersions.Capture(this);
        var audit = AuditTrail.Capture(this);
        if (versions is null && audit is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (versions is not null)
        {
            await versions.ApplyAsync(this, cancellationToken);
        }
        if (audit is not null)
        {
            await audit.WriteAsync(this, cancellationToken);
        }
        if (own is not null)
        {
            await own.CommitAsync(cancellationToken);
        }
        return saved;
    }

    /// <remarks>The synchronous path runs the same steps; nothing in the app calls it on a request thread.</remarks>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SakipDb).Assembly);
    }

    /// <summary>Enums are stored as their names so the database reads plainly and survives reordering.</summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
    }
}
