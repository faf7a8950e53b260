using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>
/// Evidence files (bukti dukung) of a realisation, of a target (its basis) or of a Perjanjian Kinerja (the signed scan):
/// stored in the file store, listed from the database. A replaced file is kept, removed with the reason and pointing to
/// the file that replaced it (issue #10: "replacing a file keeps the old one with the reason").
/// </summary>
static class EvidenceFiles
{
    public static async Task AddAsync(SakipDb db, IFileStore store, int indicatorId, int year, Period period, IFormFile file, string user, DateTimeOffset now, CancellationToken ct)
    {
        var realisation = await db.Realisations.AsNoTracking().Where(r => r.IndicatorId == indicatorId && r.Year == year && r.Period == period)
            .Select(r => r.Id).SingleAsync(ct);
        var row = await StoreAsync(store, file, user, now, ct);
        row.RealisationId = realisation;
        db.EvidenceFiles.Add(row);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves the bytes (already checked by <see cref="UploadRules.Check"/>) and returns the row to attach to its owner.</summary>
    public static async Task<EvidenceFileEntity> StoreAsync(IFileStore store, IFormFile file, string user, DateTimeOffset now, CancellationToken ct)
    {
        var extension = Path.GetExtension(file.FileName);
        await using var content = file.OpenReadStream();
        var key = await store.SaveAsync(content, "bukti-", extension, ct);
        return new EvidenceFileEntity
        {
            FileName = Path.GetFileName(file.FileName),
            ContentType = UploadRules.EvidenceTypes[extension],
            Size = file.Length,
            StorageKey = key,
            UploadedAt = now,
            UploadedBy = user,
        };
    }

    /// <summary>
    /// Attaches <paramref name="replacement"/> to the owner of <paramref name="old"/> and removes the old one with the
    /// reason, pointing to the new one. One transaction: both rows or neither.
    /// </summary>
    public static async Task ReplaceAsync(SakipDb db, EvidenceFileEntity old, EvidenceFileEntity replacement, string reason, string user, DateTimeOffset now, CancellationToken ct)
    {
        (replacement.RealisationId, replacement.TargetId, replacement.AgreementId) = (old.RealisationId, old.TargetId, old.AgreementId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.EvidenceFiles.Add(replacement);
        await db.SaveChangesAsync(ct);
        (old.RemovedAt, old.RemovedBy, old.RemovalReason, old.ReplacedById) = (now, user, reason.Trim(), replacement.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    public static async Task<IReadOnlyList<EvidenceRow>> ListAsync(SakipDb db, int indicatorId, int year, Period period, CancellationToken ct) =>
        await RowsAsync(db.EvidenceFiles.Where(f => db.Realisations.Any(r => r.Id == f.RealisationId && r.IndicatorId == indicatorId && r.Year == year && r.Period == period)), ct);

    /// <summary>The files of the owners <paramref name="files"/> selects, oldest first, each with the name of the file that replaced it.</summary>
    public static async Task<IReadOnlyList<EvidenceRow>> RowsAsync(IQueryable<EvidenceFileEntity> files, CancellationToken ct)
    {
        var rows = await files.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new EvidenceRow(f.Id, f.FileName, f.Size, f.UploadedBy, f.UploadedAt, f.RemovedAt, f.RemovedBy, f.RemovalReason, f.ReplacedById, null))
            .ToListAsync(ct);
        var names = rows.ToDictionary(r => r.Id, r => r.FileName);
        return rows.ConvertAll(r => r.ReplacedById is { } by ? r with { ReplacedByName = names.GetValueOrDefault(by) } : r);
    }
}
