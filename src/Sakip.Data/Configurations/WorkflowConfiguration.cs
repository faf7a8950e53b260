using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sakip.Data.Audit;
using Sakip.Data.Workflow;

namespace Sakip.Data.Configurations;

sealed class WorkflowConfiguration :
    IEntityTypeConfiguration<WorkflowItemEntity>,
    IEntityTypeConfiguration<WorkflowStepEntity>,
    IEntityTypeConfiguration<ScheduleEntity>,
    IEntityTypeConfiguration<WorkflowSettingsEntity>,
    IEntityTypeConfiguration<NotificationEntity>,
    IEntityTypeConfiguration<AuditEntryEntity>
{
    public void Configure(EntityTypeBuilder<WorkflowItemEntity> item)
    {
        item.ToTable("workflow_items");
        item.HasIndex(i => new { i.UnitId, i.Kind, i.Year, i.Period }).IsUnique();
        item.HasIndex(i => i.Status);
        item.HasOne(i => i.Unit).WithMany().HasForeignKey(i => i.UnitId).OnDelete(DeleteBehavior.Cascade);
        item.Property(i => i.Version).IsConcurrencyToken();
        item.Property(i => i.SubmittedById).HasMaxLength(450);
        item.Property(i => i.DecidedById).HasMaxLength(450);
        item.Property(i => i.SubmittedByName).HasMaxLength(200);
        item.Property(i => i.DecidedByName).HasMaxLength(200);
        item.Property(i => i.Note).HasMaxLength(2000);
        item.HasMany(i => i.Steps).WithOne(s => s.Item).HasForeignKey(s => s.ItemId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WorkflowStepEntity> step)
    {
        step.ToTable("workflow_steps");
        step.HasIndex(s => new { s.ItemId, s.At });
        step.Property(s => s.UserId).HasMaxLength(450);
        step.Property(s => s.UserName).HasMaxLength(200);
        step.Property(s => s.Note).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<ScheduleEntity> schedule)
    {
        schedule.ToTable("schedules");
        schedule.HasIndex(s => new { s.Kind, s.Year, s.Period }).IsUnique();
        schedule.Property(s => s.Version).IsConcurrencyToken();
        schedule.Ignore(s => s.Window);
    }

    public void Configure(EntityTypeBuilder<WorkflowSettingsEntity> settings)
    {
        settings.ToTable("workflow_settings");
        settings.Property(s => s.TimeZone).HasMaxLength(16);
        settings.Property(s => s.Version).IsConcurrencyToken();
    }

    public void Configure(EntityTypeBuilder<NotificationEntity> notification)
    {
        notification.ToTable("notifications");
        notification.HasIndex(n => n.Key).IsUnique();
        notification.HasIndex(n => n.SentAt);
        notification.Property(n => n.Key).HasMaxLength(300);
        notification.Property(n => n.Kind).HasMaxLength(50);
        notification.Property(n => n.ToAddress).HasMaxLength(256);
        notification.Property(n => n.ToName).HasMaxLength(200);
        notification.Property(n => n.Subject).HasMaxLength(300);
        notification.Property(n => n.LastError).HasMaxLength(2000);
    }

    public void Configure(EntityTypeBuilder<AuditEntryEntity> entry)
    {
        entry.ToTable("audit_entries");
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => new { e.UnitId, e.At });
        entry.HasIndex(e => new { e.UserId, e.At });
        entry.HasIndex(e => new { e.Entity, e.EntityKey });
        entry.Property(e => e.UserId).HasMaxLength(450);
        entry.Property(e => e.UserName).HasMaxLength(256);
        entry.Property(e => e.Address).HasMaxLength(64);
        entry.Property(e => e.Action).HasMaxLength(32);
        entry.Property(e => e.Entity).HasMaxLength(64);
        entry.Property(e => e.EntityKey).HasMaxLength(200);
        entry.Property(e => e.Summary).HasMaxLength(500);
    }
}
