using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Organisation;

namespace Sakip.Data.Configurations;

sealed class UnitConfiguration : IEntityTypeConfiguration<UnitEntity>
{
    public void Configure(EntityTypeBuilder<UnitEntity> unit)
    {
        unit.ToTable("units");
        unit.Property(u => u.Code).HasMaxLength(64);
        unit.HasIndex(u => u.Code).IsUnique();
        unit.Property(u => u.Name).HasMaxLength(300);
        unit.Property(u => u.ShortName).HasMaxLength(100);
        unit.Property(u => u.Path).HasMaxLength(400);
        unit.HasIndex(u => u.Path);
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        unit.Ignore(u => u.DisplayName);
    }
}
