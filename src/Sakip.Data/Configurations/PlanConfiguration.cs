using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Planning;

namespace Sakip.Data.Configurations;

sealed class PlanConfiguration : IEntityTypeConfiguration<PlanElementEntity>, IEntityTypeConfiguration<IndicatorEntity>, IEntityTypeConfiguration<PlanRevisionEntity>
{
    public void Configure(EntityTypeBuilder<PlanElementEntity> element)
    {
        element.ToTable("plan_elements");
        element.Property(p => p.Code).HasMaxLength(CodeRule.MaxLength);
        element.HasIndex(p => p.Code).IsUnique();
        element.HasIndex(p => p.UnitId);
        element.Property(p => p.Version).IsConcurrencyToken();
        element.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        element.HasOne(p => p.Parent).WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<IndicatorEntity> indicator)
    {
        indicator.ToTable("indicators");
        indicator.Property(i => i.Code).HasMaxLength(CodeRule.MaxLength);
        indicator.HasIndex(i => i.Code).IsUnique();
        indicator.HasIndex(i => i.PlanElementId);
        indicator.Property(i => i.Version).IsConcurrencyToken();
        indicator.HasOne(i => i.PlanElement).WithMany().HasForeignKey(i => i.PlanElementId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PlanRevisionEntity> revision)
    {
        revision.ToTable("plan_revisions");
        revision.HasIndex(r => new { r.UnitId, r.Number }).IsUnique();
    }
}
