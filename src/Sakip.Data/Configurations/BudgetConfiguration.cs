using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Budget;

namespace Sakip.Data.Configurations;

sealed class BudgetConfiguration : IEntityTypeConfiguration<BudgetLineEntity>
{
    /// <remarks>Kepmendagri codes repeat across units and years, so a code is unique only within a unit's year.</remarks>
    public void Configure(EntityTypeBuilder<BudgetLineEntity> line)
    {
        line.ToTable("budget_lines");
        line.Property(b => b.Code).HasMaxLength(CodeRule.MaxLength);
        line.HasIndex(b => new { b.UnitId, b.Year, b.Code }).IsUnique();
        line.Property(b => b.Version).IsConcurrencyToken();
        line.HasOne(b => b.Unit).WithMany().HasForeignKey(b => b.UnitId).OnDelete(DeleteBehavior.Restrict);
        line.HasOne(b => b.Parent).WithMany().HasForeignKey(b => b.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
