using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Evaluation;
using Sakip.Data.Organisation;

namespace Sakip.Data.Configurations;

sealed class EvaluationConfiguration :
    IEntityTypeConfiguration<EvaluationScoreEntity>,
    IEntityTypeConfiguration<RecommendationEntity>,
    IEntityTypeConfiguration<ScaleBandEntity>
{
    public void Configure(EntityTypeBuilder<EvaluationScoreEntity> score)
    {
        score.ToTable("evaluation_scores");
        score.HasIndex(s => new { s.UnitId, s.Year });
        score.HasOne<UnitEntity>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<RecommendationEntity> recommendation)
    {
        recommendation.ToTable("recommendations");
        recommendation.HasIndex(r => new { r.UnitId, r.Year, r.Number }).IsUnique();
        recommendation.HasOne<UnitEntity>().WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        recommendation.HasOne<EvaluationEntity>().WithMany().HasForeignKey(r => r.EvaluationId).OnDelete(DeleteBehavior.Restrict);
        recommendation.Property(r => r.VerifiedBy).HasMaxLength(200);
        recommendation.Property(r => r.VerificationNote).HasMaxLength(EvaluationWorkConfiguration.NoteLength);
        recommendation.Property(r => r.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<ScaleBandEntity> band)
    {
        band.ToTable("scale_bands");
        band.HasIndex(b => new { b.Scale, b.Label }).IsUnique();
    }
}
