using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Evaluation;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;

namespace Sakip.Data.Configurations;

/// <summary>The evaluation worksheet, LHE, follow-up, SKM, other assessments, unit groups and recap indicators.</summary>
sealed class EvaluationWorkConfiguration :
    IEntityTypeConfiguration<LkeTemplateEntity>,
    IEntityTypeConfiguration<EvaluationEntity>,
    IEntityTypeConfiguration<LkeAnswerEntity>,
    IEntityTypeConfiguration<EvaluationEvidenceEntity>,
    IEntityTypeConfiguration<FollowUpActionEntity>,
    IEntityTypeConfiguration<AssessmentEntity>,
    IEntityTypeConfiguration<SkmResultEntity>,
    IEntityTypeConfiguration<SkmResponseEntity>,
    IEntityTypeConfiguration<UnitGroupEntity>,
    IEntityTypeConfiguration<UnitGroupMemberEntity>,
    IEntityTypeConfiguration<RecapIndicatorEntity>
{
    /// <summary>Limits of the free texts, also checked by the forms before they reach the database.</summary>
    public const int NoteLength = 4000;
    public const int NarrativeLength = 20000;

    public void Configure(EntityTypeBuilder<LkeTemplateEntity> template)
    {
        template.ToTable("lke_templates");
        template.HasIndex(t => new { t.Code, t.Version }).IsUnique();
        template.Property(t => t.Code).HasMaxLength(80);
        template.Property(t => t.Name).HasMaxLength(200);
        template.Property(t => t.Regulation).HasMaxLength(300);
        template.Property(t => t.CreatedBy).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<EvaluationEntity> evaluation)
    {
        evaluation.ToTable("evaluations");
        evaluation.HasIndex(e => new { e.UnitId, e.Year }).IsUnique();
        evaluation.Property(e => e.LheNumber).HasMaxLength(100);
        evaluation.Property(e => e.Narrative).HasMaxLength(NarrativeLength);
        evaluation.Property(e => e.SignerName).HasMaxLength(200);
        evaluation.Property(e => e.SignerPosition).HasMaxLength(200);
        evaluation.Property(e => e.SignerNip).HasMaxLength(30);
        evaluation.Property(e => e.FinalisedBy).HasMaxLength(200);
        evaluation.Property(e => e.UpdatedBy).HasMaxLength(200);
        evaluation.Property(e => e.Version).IsConcurrencyToken();
        evaluation.HasOne<UnitEntity>().WithMany().HasForeignKey(e => e.UnitId).OnDelete(DeleteBehavior.Restrict);
        evaluation.HasOne<LkeTemplateEntity>().WithMany().HasForeignKey(e => e.TemplateId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<LkeAnswerEntity> answer)
    {
        answer.ToTable("lke_answers");
        answer.HasIndex(a => new { a.EvaluationId, a.Criterion }).IsUnique();
        answer.Property(a => a.Criterion).HasMaxLength(20);
        answer.Property(a => a.SelfAnswer).HasMaxLength(2);
        answer.Property(a => a.EvaluatorAnswer).HasMaxLength(2);
        answer.Property(a => a.SelfNote).HasMaxLength(NoteLength);
        answer.Property(a => a.EvaluatorNote).HasMaxLength(NoteLength);
        answer.Property(a => a.UpdatedBy).HasMaxLength(200);
        answer.Property(a => a.Version).IsConcurrencyToken();
        answer.HasOne<EvaluationEntity>().WithMany().HasForeignKey(a => a.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EvaluationEvidenceEntity> evidence)
    {
        evidence.ToTable("evaluation_evidence");
        evidence.HasIndex(e => e.LkeAnswerId);
        evidence.HasIndex(e => e.FollowUpActionId);
        evidence.Property(e => e.FileName).HasMaxLength(255);
        evidence.Property(e => e.ContentType).HasMaxLength(100);
        evidence.Property(e => e.StorageKey).HasMaxLength(200);
        evidence.Property(e => e.UploadedBy).HasMaxLength(200);
        evidence.Property(e => e.RemovedBy).HasMaxLength(200);
        evidence.Property(e => e.RemovalReason).HasMaxLength(500);
        evidence.HasOne<LkeAnswerEntity>().WithMany().HasForeignKey(e => e.LkeAnswerId).OnDelete(DeleteBehavior.Restrict);
        evidence.HasOne<FollowUpActionEntity>().WithMany().HasForeignKey(e => e.FollowUpActionId).OnDelete(DeleteBehavior.Restrict);
        evidence.ToTable(t => t.HasCheckConstraint("CK_evaluation_evidence_one_owner",
            "(\"LkeAnswerId\" IS NULL) <> (\"FollowUpActionId\" IS NULL)"));
    }

    public void Configure(EntityTypeBuilder<FollowUpActionEntity> action)
    {
        action.ToTable("follow_up_actions");
        action.HasIndex(a => a.RecommendationId);
        action.Property(a => a.Plan).HasMaxLength(NoteLength);
        action.Property(a => a.Responsible).HasMaxLength(200);
        action.Property(a => a.Result).HasMaxLength(NoteLength);
        action.Property(a => a.UpdatedBy).HasMaxLength(200);
        action.Property(a => a.Version).IsConcurrencyToken();
        action.HasOne<RecommendationEntity>().WithMany().HasForeignKey(a => a.RecommendationId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AssessmentEntity> assessment)
    {
        assessment.ToTable("assessments");
        assessment.HasIndex(a => new { a.UnitId, a.Year, a.Kind }).IsUnique();
        assessment.Property(a => a.Kind).HasMaxLength(80);
        assessment.Property(a => a.Label).HasMaxLength(100);
        assessment.Property(a => a.Source).HasMaxLength(300);
        assessment.Property(a => a.UpdatedBy).HasMaxLength(200);
        assessment.Property(a => a.Version).IsConcurrencyToken();
        assessment.HasOne<UnitEntity>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SkmResultEntity> skm)
    {
        skm.ToTable("skm_results");
        skm.HasIndex(s => new { s.UnitId, s.Year, s.Service }).IsUnique();
        skm.Property(s => s.Service).HasMaxLength(200);
        skm.Property(s => s.UpdatedBy).HasMaxLength(200);
        skm.Property(s => s.Version).IsConcurrencyToken();
        skm.HasOne<UnitEntity>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<SkmResponseEntity> response)
    {
        response.ToTable("skm_responses");
        response.HasIndex(r => r.SkmResultId);
        response.Property(r => r.Answers).HasMaxLength(9);
        response.HasOne<SkmResultEntity>().WithMany().HasForeignKey(r => r.SkmResultId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UnitGroupEntity> group)
    {
        group.ToTable("unit_groups");
        group.HasIndex(g => g.Code).IsUnique();
        group.Property(g => g.Code).HasMaxLength(40);
        group.Property(g => g.Name).HasMaxLength(200);
        group.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<UnitGroupMemberEntity> member)
    {
        member.ToTable("unit_group_members");
        member.HasIndex(m => new { m.GroupId, m.UnitId }).IsUnique();
        member.HasOne<UnitEntity>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RecapIndicatorEntity> recap)
    {
        recap.ToTable("recap_indicators");
        recap.HasIndex(r => r.IndicatorId).IsUnique();
        recap.Property(r => r.MinGrade).HasMaxLength(10);
        recap.Property(r => r.Kind).HasMaxLength(80);
        recap.HasOne<IndicatorEntity>().WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        recap.HasOne<UnitGroupEntity>().WithMany().HasForeignKey(r => r.GroupId).OnDelete(DeleteBehavior.Restrict);
    }
}
