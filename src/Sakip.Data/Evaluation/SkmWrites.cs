using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Evaluation;

/// <summary>
/// Writing the SKM of a unit's services (PermenPAN-RB 14/2017): the 9 element means as typed, or the respondents' answers
/// replaced whole from a file, the means then computed from them. Every change bumps the row's version; an edit made
/// from an older version is refused as a conflict.
/// </summary>
public static class SkmWrites
{
    public const string ServiceField = "layanan";
    public const string RespondentsField = "responden";
    public const string ConflictField = "versi";
    const int ServiceLength = 200;

    /// <summary>Creates (<paramref name="id"/> null) or changes the means of a service.</summary>
    /// <param name="means">U1…U9; a missing one is a problem, as every element is needed for the IKM.</param>
    public static async Task<RecapWrite<SkmResultEntity>> SaveMeansAsync(SakipDb db, int unitId, int year, int? id, string? service,
        IReadOnlyList<decimal?> means, int? respondents, int? openedVersion, string? user, DateTimeOffset now, CancellationToken ct)
    {
        service = service?.Trim();
        var problems = CheckService(service);
        for (var i = 0; i < IkmRule.Elements; i++)
        {
            if (i >= means.Count || means[i] is not { } m)
            {
                problems.Add(new($"u{i + 1}", $"Nilai rata-rata unsur U{i + 1} wajib diisi."));
            }
            else if (m is < IkmRule.LowestAnswer or > IkmRule.HighestAnswer)
            {
                problems.Add(new($"u{i + 1}", $"Nilai rata-rata unsur U{i + 1} harus antara 1 dan 4."));
            }
        }
        if (respondents is < 1 or > 10_000_000)
        {
            problems.Add(new(RespondentsField, "Jumlah responden harus antara 1 dan 10.000.000."));
        }
        var row = id is { } key ? await db.SkmResults.FirstOrDefaultAsync(s => s.Id == key && s.UnitId == unitId && s.Year == year, ct) : null;
        if (id is not null && row is null)
        {
            return Conflicted(null, year);
        }
        if (problems.Count == 0 && await db.SkmResults.AnyAsync(s => s.UnitId == unitId && s.Year == year && s.Service == service && s.Id != (id ?? 0), ct))
        {
            problems.Add(new(ServiceField, $"Layanan \"{service}\" sudah ada untuk tahun ini."));
        }
        if (row is not null && await db.SkmResponses.AnyAsync(r => r.SkmResultId == row.Id, ct))
        {
            problems.Add(new(string.Empty, "Nilai unsur layanan ini dihitung dari jawaban responden; unggah ulang berkas jawabannya untuk mengubahnya."));
        }
        if (problems.Count > 0)
        {
            return new(row, problems, false);
        }
        if (row is not null && openedVersion is { } opened && opened != row.Version)
        {
            return Conflicted(row, year);
        }
        row ??= db.SkmResults.Add(new SkmResultEntity { UnitId = unitId, Year = year }).Entity;
        db.Expect(row, row.Id == 0 ? null : openedVersion);
        row.Service = service!;
        row.Respondents = respondents;
        SetMeans(row, [.. means.Select(m => m!.Value)]);
        (row.UpdatedAt, row.UpdatedBy) = (now, user);
        return await db.TrySaveChangesAsync(ct) ? new(row, [], false) : Conflicted(await Reload(db, row.Id, ct), year);
    }

    /// <summary>
    /// Replaces every response of a service (created when new) with <paramref name="responses"/>, all or nothing, and
    /// sets its means and respondents from them.
    /// </summary>
    public static async Task<RecapWrite<SkmResultEntity>> ReplaceResponsesAsync(SakipDb db, int unitId, int year, string? service,
        IReadOnlyList<IReadOnlyList<int>> responses, string? user, DateTimeOffset now, CancellationToken ct)
    {
        service = service?.Trim();
        var problems = CheckService(service);
        var means = IkmRule.ElementScores(responses, i => $"baris {i + 2}", out var answerProblems);
        problems.AddRange(answerProblems);
        if (problems.Count > 0 || means is null)
        {
            return new(null, problems, false);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var row = await db.SkmResults.FirstOrDefaultAsync(s => s.UnitId == unitId && s.Year == year && s.Service == service, ct)
            ?? db.SkmResults.Add(new SkmResultEntity { UnitId = unitId, Year = year, Service = service! }).Entity;
        if (row.Id != 0)
        {
            await db.SkmResponses.Where(r => r.SkmResultId == row.Id).ExecuteDeleteAsync(ct);
        }
        SetMeans(row, [.. means.Select(m => m.Value!.Value)]);
        (row.Respondents, row.UpdatedAt, row.UpdatedBy) = (responses.Count, now, user);
        if (!await db.TrySaveChangesAsync(ct))
        {
            return Conflicted(null, year);
        }
        db.SkmResponses.AddRange(responses.Select(a => new SkmResponseEntity
        {
            SkmResultId = row.Id,
            Answers = string.Concat(a.Select(x => x.ToString(CultureInfo.InvariantCulture))),
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(row, [], false);
    }

    /// <summary>Removes a service's SKM and its responses; a row changed since it was opened is refused.</summary>
    public static async Task<RecapWrite<SkmResultEntity>> DeleteAsync(SakipDb db, int unitId, int year, int id, int? openedVersion, CancellationToken ct)
    {
        var row = await db.SkmResults.FirstOrDefaultAsync(s => s.Id == id && s.UnitId == unitId && s.Year == year, ct);
        if (row is null || (openedVersion is { } opened && opened != row.Version))
        {
            return Conflicted(row, year);
        }
        db.Expect(row, openedVersion);
        db.SkmResults.Remove(row);
        return await db.TrySaveChangesAsync(ct) ? new(null, [], false) : Conflicted(await Reload(db, id, ct), year);
    }

    /// <summary>The 9 means of a row in order, null where one is missing.</summary>
    public static decimal?[] Means(SkmResultEntity row) => [row.U1, row.U2, row.U3, row.U4, row.U5, row.U6, row.U7, row.U8, row.U9];

    static void SetMeans(SkmResultEntity row, decimal[] m) =>
        (row.U1, row.U2, row.U3, row.U4, row.U5, row.U6, row.U7, row.U8, row.U9) = (m[0], m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8]);

    static List<Problem> CheckService(string? service) =>
        string.IsNullOrEmpty(service) ? [new(ServiceField, "Nama layanan wajib diisi.")]
        : service.Length > ServiceLength ? [new(ServiceField, $"Nama layanan paling panjang {ServiceLength} karakter.")]
        : service.Any(char.IsControl) ? [new(ServiceField, "Nama layanan tidak boleh memuat tab atau baris baru.")]
        : [];

    static Task<SkmResultEntity?> Reload(SakipDb db, int id, CancellationToken ct) => db.SkmResults.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);

    static RecapWrite<SkmResultEntity> Conflicted(SkmResultEntity? current, int year) => new(current,
    [
        new(ConflictField, current is null
            ? string.Create(CultureInfo.InvariantCulture, $"Hasil SKM ini untuk tahun {year} telah dihapus atau diubah pengguna lain sejak Anda membukanya. Perubahan Anda belum disimpan; muat ulang lalu coba lagi.")
            : string.Create(CultureInfo.InvariantCulture, $"Hasil SKM \"{current.Service}\" telah diubah oleh {current.UpdatedBy ?? "pengguna lain"} sejak Anda membukanya (sekarang versi {current.Version}). Perubahan Anda belum disimpan; periksa nilai yang tersimpan sekarang lalu simpan lagi."))
    ], true);
}
