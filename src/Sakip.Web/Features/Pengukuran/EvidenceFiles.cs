using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>Evidence files (bukti dukung) of a realisation: stored in the file store, listed from the database.</summary>
static class EvidenceFiles
{
    public static async Task AddAsync(SakipDb db, IFileStore store, int indicatorId, int year, Period period, IFormFile file, string user, DateTimeOffset now, CancellationToken ct)
    {
        var realisation = await db.Realisations.AsNoTracking().Where(r => r.IndicatorId == indicatorId && r.Year == year && r.Period == period)
            .Select(r => r.Id).SingleAsync(ct);
        var extension = Path.GetExtension(file.FileName);
        await using var content = file.OpenReadStream();
        var key = await store.SaveAsync(content, "bukti-", extension, ct);
        db.EvidenceFiles.Add(new EvidenceFileEntity
        {
            RealisationId = realisation,
            FileName = Path.GetFileName(file.FileName),
            ContentType = UploadRules.EvidenceTypes[extension],
            Size = file.Length,
            StorageKey = key,
            UploadedAt = now,
            UploadedBy = user,
        });
        await db.SaveChangesAsync(ct);
    }

    public static async Task<IReadOnlyList<EvidenceFileEntity>> ListAsync(SakipDb db, int indicatorId, int year, Period period, CancellationToken ct) =>
        await db.EvidenceFiles.AsNoTracking()
            .Where(f => db.Realisations.Any(r => r.Id == f.RealisationId && r.IndicatorId == indicatorId && r.Year == year && r.Period == period))
            .OrderBy(f => f.Id).ToListAsync(ct);
}
