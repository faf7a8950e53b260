using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Core.Fields;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;
using Sakip.Data.Reporting;

namespace Sakip.Data.Configurations;

sealed class ReportingConfiguration :
    IEntityTypeConfiguration<NarrativeEntity>,
    IEntityTypeConfiguration<StaffCountEntity>,
    IEntityTypeConfiguration<FacilityEntity>,
    IEntityTypeConfiguration<ComparisonValueEntity>,
    IEntityTypeConfiguration<PublishedReportEntity>
{
    public void Configure(EntityTypeBuilder<NarrativeEntity> narrative)
    {
        narrative.ToTable("narratives");
        narrative.HasIndex(n => new { n.UnitId, n.Year, n.Section, n.PlanElementId }).IsUnique();
        // A unique index treats NULLs as distinct (SQLite and PostgreSQL alike), so the sections that name no sasaran
        // need their own: without it two people writing the same section at once would store it twice.
        narrative.HasIndex(n => new { n.UnitId, n.Year, n.Section }).IsUnique().HasFilter("\"PlanElementId\" IS NULL")
            .HasDatabaseName("IX_narratives_UnitId_Year_Section_without_sasaran");
        narrative.Property(n => n.Section).HasConversion<string>().HasMaxLength(40);
        narrative.Property(n => n.Text).HasMaxLength(TextRules.MaxLength(TextField.Narrative));
        narrative.Property(n => n.UpdatedBy).HasMaxLength(200);
        narrative.Property(n => n.Version).IsConcurrencyToken();
        narrative.HasOne<UnitEntity>().WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
        narrative.HasOne<PlanElementEntity>().WithMany().HasForeignKey(n => n.PlanElementId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<StaffCountEntity> staff)
    {
        staff.ToTable("staff_counts");
        staff.HasIndex(s => new { s.UnitId, s.Year });
        staff.Property(s => s.Position).HasMaxLength(TextRules.MaxLength(TextField.StaffGroup));
        staff.Property(s => s.Rank).HasMaxLength(TextRules.MaxLength(TextField.StaffGroup));
        staff.Property(s => s.Education).HasMaxLength(TextRules.MaxLength(TextField.StaffGroup));
        staff.Property(s => s.Gender).HasConversion<string>().HasMaxLength(10);
        staff.HasOne<UnitEntity>().WithMany().HasForeignKey(s => s.UnitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<FacilityEntity> facility)
    {
        facility.ToTable("facilities");
        facility.HasIndex(f => new { f.UnitId, f.Year });
        facility.Property(f => f.Name).HasMaxLength(TextRules.MaxLength(TextField.FacilityName));
        facility.Property(f => f.Measure).HasMaxLength(TextRules.MaxLength(TextField.MeasureUnit));
        facility.Property(f => f.Condition).HasMaxLength(TextRules.MaxLength(TextField.StaffGroup));
        facility.Property(f => f.Note).HasMaxLength(TextRules.MaxLength(TextField.Note));
        facility.HasOne<UnitEntity>().WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ComparisonValueEntity> comparison)
    {
        comparison.ToTable("comparison_values");
        comparison.HasIndex(c => new { c.IndicatorId, c.Year, c.Source }).IsUnique();
        comparison.Property(c => c.Source).HasMaxLength(TextRules.MaxLength(TextField.ComparisonSource));
        comparison.HasOne<IndicatorEntity>().WithMany().HasForeignKey(c => c.IndicatorId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PublishedReportEntity> published)
    {
        published.ToTable("published_reports");
        published.HasIndex(p => new { p.UnitId, p.Year, p.Kind });
        published.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        published.Property(p => p.FileName).HasMaxLength(200);
        published.Property(p => p.PublishedBy).HasMaxLength(200);
        published.Property(p => p.WithdrawnBy).HasMaxLength(200);
        published.Property(p => p.WithdrawalReason).HasMaxLength(TextRules.MaxLength(TextField.Reason));
        published.HasOne<UnitEntity>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Cascade);
    }
}
