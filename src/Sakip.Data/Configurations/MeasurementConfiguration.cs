using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Measurement;

namespace Sakip.Data.Configurations;

sealed class MeasurementConfiguration :
    IEntityTypeConfiguration<TargetEntity>,
    IEntityTypeConfiguration<RealisationEntity>,
    IEntityTypeConfiguration<RealisationHistoryEntity>,
    IEntityTypeConfiguration<ComponentEntity>,
    IEntityTypeConfiguration<EvidenceFileEntity>
{
    public void Configure(EntityTypeBuilder<TargetEntity> target)
    {
        target.ToTable("targets");
        target.HasIndex(t => new { t.IndicatorId, t.Year, t.Kind }).IsUnique();
        target.Property(t => t.Version).IsConcurrencyToken();
        target.Property(t => t.UpdatedBy).HasMaxLength(200);
        target.HasOne(t => t.Indicator).WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<RealisationEntity> realisation)
    {
        realisation.ToTable("realisations");
        realisation.HasIndex(r => new { r.IndicatorId, r.Year, r.Period }).IsUnique();
        realisation.HasOne(r => r.Indicator).WithMany().HasForeignKey(r => r.IndicatorId).OnDelete(DeleteBehavior.Cascade);
        realisation.Property(r => r.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<RealisationHistoryEntity> history)
    {
        history.ToTable("realisation_history");
        history.HasIndex(h => new { h.RealisationId, h.Version });
    }

    public void Configure(EntityTypeBuilder<ComponentEntity> component)
    {
        component.ToTable("components");
        component.HasIndex(c => new { c.IndicatorId, c.Year, c.Period, c.Kind }).IsUnique();
        component.HasOne(c => c.Indicator).WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EvidenceFileEntity> file)
    {
        file.ToTable("evidence_files");
        file.HasIndex(f => f.RealisationId);
        file.HasIndex(f => f.TargetId);
        file.HasIndex(f => f.AgreementId);
        file.Property(f => f.FileName).HasMaxLength(255);
        file.Property(f => f.ContentType).HasMaxLength(100);
        file.Property(f => f.StorageKey).HasMaxLength(200);
        file.Property(f => f.RemovalReason).HasMaxLength(Core.Measurement.EvidenceRemoval.MaxReasonLength);
    }
}
