using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Organisation;

namespace Sakip.Data.Configurations;

sealed class UnitConfiguration : IEntityTypeConfiguration<UnitEntity>
{
    public void Configure(EntityTypeBuilder<UnitEntity> unit)
    {
        unit.ToTable("units");
        unit.Property(u => u.Code).HasMaxLength(CodeRule.MaxLength);
        unit.HasIndex(u => u.Code).IsUnique();
        unit.Property(u => u.Version).IsConcurrencyToken();
        unit.Property(u => u.Name).HasMaxLength(TextRules.MaxLength(TextField.UnitName));
        unit.Property(u => u.ShortName).HasMaxLength(TextRules.MaxLength(TextField.UnitShortName));
        unit.Property(u => u.Path).HasMaxLength(400);
        // "A unit and everything below it" is Path LIKE '/1/2/%'. PostgreSQL uses a plain index for such a prefix
        // only under the C collation, so the index there gets the pattern operator class; SQLite ignores it.
        unit.HasIndex(u => u.Path).HasOperators("varchar_pattern_ops");
        unit.HasOne(u => u.Parent).WithMany().HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
        unit.Ignore(u => u.DisplayName);
    }
}
