using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Core.Planning;
using Sakip.Core.Problems;
using Sakip.Core.Reporting;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Reporting;

/// <summary>
/// Writing one narrative section of a unit's LKjIP, for the Laporan pages and API. Every change bumps the row's
/// version (<see cref="EditVersions"/>); a save or delete made from an older version than the stored one is refused as
/// a conflict (a result, never an exception), so two people editing the same section do not overwrite each other.
/// </summary>
public static class NarrativeWrites
{
    /// <summary>The field a conflict problem is reported on, as for every other edit conflict.</summary>
    public const string ConflictField = "versi";

    /// <summary>The field the text problems are reported on.</summary>
    public const string TextField = "teks";

    /// <summary>The field the sasaran problems are reported on.</summary>
    public const string ObjectiveField = "sasaran";

    /// <summary>Creates or replaces the section's text. Saving the text already stored changes nothing.</summary>
    /// <param name="openedVersion">The version the editor opened (0: the section was not written yet); null for no precondition.</param>
    public static async Task<NarrativeWrite> SaveAsync(
        SakipDb db, NarrativeKey key, string? text, int? openedVersion, string? user, DateTimeOffset now, CancellationToken ct)
    {
        text = text?.Trim();
        var problems = new List<Problem>();
        if (string.IsNullOrEmpty(text))
        {
            problems.Add(new(TextField, "Teks narasi wajib diisi; untuk mengosongkan bagian ini, hapus narasinya."));
        }
        else if (TextRules.Check(TextField, Core.Fields.TextField.Narrative, text, "Teks narasi") is { } tooLong)
        {
            problems.Add(tooLong);
        }
        problems.AddRange(await CheckKeyAsync(db, key, ct));
        if (problems.Count > 0)
        {
            return new(null, problems, false);
        }

        var row = await FindAsync(db, key, ct);
        if (openedVersion is { } opened && opened != (row?.Version ?? 0))
        {
            return Conflicted(row, key);
        }
        if (row is null)
        {
            row = db.Narratives.Add(new NarrativeEntity { UnitId = key.UnitId, Year = key.Year, Section = key.Section, PlanElementId = key.PlanElementId }).Entity;
        }
        else if (row.Text == text)
        {
            return new(row, [], false);
        }
        db.Expect(row, openedVersion);
        (row.Text, row.UpdatedAt, row.UpdatedBy) = (text!, now, user);
        return await db.TrySaveChangesAsync(ct) ? new(row, [], false) : Conflicted(await FindAsync(db, key, ct), key);
    }

    /// <summary>Removes the section's text, so the report marks it as not written. Deleting a section never written does nothing.</summary>
    /// <param name="openedVersion">The version the editor opened; null for no precondition.</param>
    public static async Task<NarrativeWrite> DeleteAsync(SakipDb db, NarrativeKey key, int? openedVersion, CancellationToken ct)
    {
        var row = await FindAsync(db, key, ct);
        if (openedVersion is { } opened && opened != (row?.Version ?? 0))
        {
            return Conflicted(row, key);
        }
        if (row is null)
        {
            return new(null, [], false);
        }
        db.Expect(row, openedVersion);
        db.Narratives.Remove(row);
        return await db.TrySaveChangesAsync(ct) ? new(null, [], false) : Conflicted(await FindAsync(db, key, ct), key);
    }

    static Task<NarrativeEntity?> FindAsync(SakipDb db, NarrativeKey key, CancellationToken ct) =>
        db.Narratives.FirstOrDefaultAsync(n => n.UnitId == key.UnitId && n.Year == key.Year && n.Section == key.Section && n.PlanElementId == key.PlanElementId, ct);

    /// <summary>A per-sasaran analysis names one of the unit's own sasaran; every other section names none.</summary>
    static async Task<List<Problem>> CheckKeyAsync(SakipDb db, NarrativeKey key, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Id == key.UnitId, ct))
        {
            return [new("instansi", "Instansi tidak ditemukan.")];
        }
        if (key.Section != NarrativeSection.ObjectiveAnalysis)
        {
            return key.PlanElementId is null ? [] : [new(ObjectiveField, "Sasaran hanya diisi untuk analisis per sasaran.")];
        }
        if (key.PlanElementId is not { } id)
        {
            return [new(ObjectiveField, "Pilih sasaran yang dianalisis.")];
        }
        var owned = await db.PlanElements.AnyAsync(p => p.Id == id && p.UnitId == key.UnitId && p.Kind == PlanElementKind.Objective, ct);
        return owned ? [] : [new(ObjectiveField, "Sasaran tidak ditemukan di antara sasaran instansi ini.")];
    }

    static NarrativeWrite Conflicted(NarrativeEntity? current, NarrativeKey key)
    {
        var what = string.Create(CultureInfo.InvariantCulture, $"Narasi bagian ini untuk tahun {key.Year}");
        var message = current is null
            ? $"{what} telah dihapus atau diubah pengguna lain sejak Anda membukanya. Perubahan Anda belum disimpan; muat ulang lalu coba lagi."
            : string.Create(CultureInfo.InvariantCulture,
                $"{what} telah diubah oleh {current.UpdatedBy ?? "pengguna lain"} sejak Anda membukanya (sekarang versi {current.Version}). Perubahan Anda belum disimpan; periksa teks yang tersimpan sekarang lalu simpan lagi bila tetap ingin mengubahnya.");
        return new(current, [new(ConflictField, message)], true);
    }
}
