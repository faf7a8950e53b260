using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Evaluation;

/// <summary>
/// Writing the results of other national assessments (Indeks Kelembagaan, maturitas SPIP, …) of a unit and year: one
/// row per unit, year and kind; a value, a printed label or both. Every change bumps the version; a stale edit is refused.
/// </summary>
public static class AssessmentWrites
{
    public const string KindField = "jenis";
    public const string ValueField = "nilai";
    public const string LabelField = "label";
    public const string SourceField = "sumber";
    public const string ConflictField = "versi";

    /// <summary>Values beyond any index or level an assessment gives; refused so a typo cannot reach a recap.</summary>
    public const decimal MaxValue = 1_000_000m;

    public static async Task<RecapWrite<AssessmentEntity>> SaveAsync(SakipDb db, int unitId, int year, int? id, string? kind, decimal? value,
        string? label, string? source, int? openedVersion, string? user, DateTimeOffset now, CancellationToken ct)
    {
        (kind, label, source) = (kind?.Trim().ToLowerInvariant(), Clean(label), Clean(source));
        var problems = Check(kind, value, label, source);
        var row = id is { } key ? await db.Assessments.FirstOrDefaultAsync(a => a.Id == key && a.UnitId == unitId, ct) : null;
        if (id is not null && row is null)
        {
            return Conflicted(null, year);
        }
        if (problems.Count == 0 && await db.Assessments.AnyAsync(a => a.UnitId == unitId && a.Year == year && a.Kind == kind && a.Id != (id ?? 0), ct))
        {
            problems.Add(new(KindField, string.Create(CultureInfo.InvariantCulture, $"Penilaian jenis ini untuk tahun {year} sudah tercatat; ubah yang ada.")));
        }
        if (problems.Count > 0)
        {
            return new(row, problems, false);
        }
        if (row is not null && openedVersion is { } opened && opened != row.Version)
        {
            return Conflicted(row, year);
        }
        row ??= db.Assessments.Add(new AssessmentEntity { UnitId = unitId }).Entity;
        db.Expect(row, row.Id == 0 ? null : openedVersion);
        (row.Year, row.Kind, row.Value, row.Label, row.Source, row.UpdatedAt, row.UpdatedBy) = (year, kind!, value, label, source, now, user);
        return await db.TrySaveChangesAsync(ct) ? new(row, [], false)
            : Conflicted(await db.Assessments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == row.Id, ct), year);
    }

    public static async Task<RecapWrite<AssessmentEntity>> DeleteAsync(SakipDb db, int unitId, int id, int? openedVersion, CancellationToken ct)
    {
        var row = await db.Assessments.FirstOrDefaultAsync(a => a.Id == id && a.UnitId == unitId, ct);
        if (row is null || (openedVersion is { } opened && opened != row.Version))
        {
            return Conflicted(row, row?.Year ?? 0);
        }
        db.Expect(row, openedVersion);
        db.Assessments.Remove(row);
        return await db.TrySaveChangesAsync(ct) ? new(null, [], false) : Conflicted(null, row.Year);
    }

    static List<Problem> Check(string? kind, decimal? value, string? label, string? source)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrEmpty(kind))
        {
            problems.Add(new(KindField, "Jenis penilaian wajib diisi."));
        }
        else if (kind.Length > 80 || !kind.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            problems.Add(new(KindField, "Kode jenis penilaian hanya huruf kecil, angka dan garis bawah, paling panjang 80 karakter (contoh: indeks_kelembagaan)."));
        }
        if (value is null && label is null)
        {
            problems.Add(new(ValueField, "Isi nilai atau hasil (label) penilaian."));
        }
        if (value is { } v && Math.Abs(v) >= MaxValue)
        {
            problems.Add(new(ValueField, "Nilai penilaian harus kurang dari 1.000.000."));
        }
        if (label is { Length: > 100 })
        {
            problems.Add(new(LabelField, "Hasil (label) paling panjang 100 karakter."));
        }
        if (source is { Length: > 300 })
        {
            problems.Add(new(SourceField, "Sumber paling panjang 300 karakter."));
        }
        return problems;
    }

    static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    static RecapWrite<AssessmentEntity> Conflicted(AssessmentEntity? current, int year) => new(current,
    [
        new(ConflictField, current is null
            ? "Penilaian ini telah dihapus atau diubah pengguna lain sejak Anda membukanya. Perubahan Anda belum disimpan; muat ulang lalu coba lagi."
            : string.Create(CultureInfo.InvariantCulture, $"Penilaian ini untuk tahun {year} telah diubah oleh {current.UpdatedBy ?? "pengguna lain"} sejak Anda membukanya (sekarang versi {current.Version}). Perubahan Anda belum disimpan; periksa nilai yang tersimpan sekarang lalu simpan lagi."))
    ], true);
}
