using Microsoft.EntityFrameworkCore;

using Sakip.Core.Measurement;

namespace Sakip.Data.Measurement;

/// <summary>Versioning of realisations: the values before a change become a history row (design.md: nothing is lost).</summary>
static class RealisationVersions
{
    public static void Record(SakipDb db)
    {
        db.ChangeTracker.DetectChanges();
        foreach (var entry in db.ChangeTracker.Entries<RealisationEntity>().Where(e => e.State == EntityState.Modified).ToList())
        {
            var before = entry.OriginalValues;
            db.RealisationHistory.Add(new RealisationHistoryEntity
            {
                RealisationId = entry.Entity.Id,
                Version = before.GetValue<int>(nameof(RealisationEntity.Version)),
                Value = before.GetValue<decimal?>(nameof(RealisationEntity.Value)),
                Text = before.GetValue<string?>(nameof(RealisationEntity.Text)),
                SupportingFactors = before.GetValue<string?>(nameof(RealisationEntity.SupportingFactors)),
                InhibitingFactors = before.GetValue<string?>(nameof(RealisationEntity.InhibitingFactors)),
                Solutions = before.GetValue<string?>(nameof(RealisationEntity.Solutions)),
                Status = before.GetValue<ApprovalStatus>(nameof(RealisationEntity.Status)),
                ChangedAt = before.GetValue<DateTimeOffset>(nameof(RealisationEntity.UpdatedAt)),
                ChangedBy = before.GetValue<string?>(nameof(RealisationEntity.UpdatedBy)),
            });
            entry.Entity.Version = before.GetValue<int>(nameof(RealisationEntity.Version)) + 1;
        }
    }
}
