using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Agreements;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;

namespace Sakip.Data.Configurations;

sealed class AgreementConfiguration : IEntityTypeConfiguration<AgreementEntity>, IEntityTypeConfiguration<AgreementTargetEntity>, IEntityTypeConfiguration<AgreementProgramEntity>
{
    public void Configure(EntityTypeBuilder<AgreementEntity> agreement)
    {
        agreement.ToTable("agreements");
        agreement.HasIndex(a => new { a.UnitId, a.Year, a.Version }).IsUnique();
        agreement.HasOne<UnitEntity>().WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
        agreement.HasMany(a => a.Targets).WithOne().HasForeignKey(t => t.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.HasMany(a => a.Programs).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        agreement.Property(a => a.FirstPartyNip).HasMaxLength(NipRule.Length);
        agreement.Property(a => a.SecondPartyNip).HasMaxLength(NipRule.Length);
        agreement.Property(a => a.Place).HasMaxLength(TextRules.MaxLength(TextField.Place));
    }

    public void Configure(EntityTypeBuilder<AgreementTargetEntity> target)
    {
        target.ToTable("agreement_targets");
        target.HasOne<IndicatorEntity>().WithMany().HasForeignKey(t => t.IndicatorId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<AgreementProgramEntity> program) => program.ToTable("agreement_programs");
}
