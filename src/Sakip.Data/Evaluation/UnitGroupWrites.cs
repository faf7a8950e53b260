using Microsoft.EntityFrameworkCore;
using Sakip.Core.Problems;
using Sakip.Data.Concurrency;

namespace Sakip.Data.Evaluation;

/// <summary>Writing the named unit groups recaps can be limited to (Admin only; the page checks the role).</summary>
public static class UnitGroupWrites
{
    public const string CodeField = "kode";
    public const string NameField = "nama";
    public const string MembersField = "anggota";

    /// <summary>Creates (<paramref name="id"/> null) or replaces a group's code, name and members.</summary>
    public static async Task<RecapWrite<UnitGroupEntity>> SaveAsync(SakipDb db, int? id, string? code, string? name, IReadOnlyCollection<int> unitIds, CancellationToken ct)
    {
        (code, name) = (code?.Trim(), name?.Trim());
        var problems = new List<Problem>();
        if (string.IsNullOrEmpty(code) || code.Length > 40 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            problems.Add(new(CodeField, "Kode kelompok wajib diisi: huruf, angka, - atau _, paling panjang 40 karakter."));
        }
        if (string.IsNullOrEmpty(name) || name.Length > 200 || name.Any(char.IsControl))
        {
            problems.Add(new(NameField, "Nama kelompok wajib diisi, paling panjang 200 karakter."));
        }
        var known = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        if (unitIds.Count == 0 || known.Count != unitIds.Distinct().Count())
        {
            problems.Add(new(MembersField, unitIds.Count == 0 ? "Pilih sedikitnya satu instansi anggota." : "Ada instansi anggota yang tidak dikenal."));
        }
        var row = id is { } key ? await db.UnitGroups.Include(g => g.Members).FirstOrDefaultAsync(g => g.Id == key, ct) : null;
        if (id is not null && row is null)
        {
            return new(null, [new Problem(string.Empty, "Kelompok tidak ditemukan; mungkin telah dihapus.")], false);
        }
        if (problems.Count == 0 && await db.UnitGroups.AnyAsync(g => g.Code == code && g.Id != (id ?? 0), ct))
        {
            problems.Add(new(CodeField, $"Kode kelompok \"{code}\" sudah dipakai."));
        }
        if (problems.Count > 0)
        {
            return new(row, problems, false);
        }
        row ??= db.UnitGroups.Add(new UnitGroupEntity()).Entity;
        (row.Code, row.Name) = (code!, name!);
        row.Members.RemoveAll(m => !known.Contains(m.UnitId));
        row.Members.AddRange(known.Where(u => row.Members.All(m => m.UnitId != u)).Select(u => new UnitGroupMemberEntity { UnitId = u }));
        return await db.TrySaveChangesAsync(ct) ? new(row, [], false)
            : new(null, [new Problem(CodeField, $"Kode kelompok \"{code}\" baru saja dipakai pengguna lain.")], false);
    }

    /// <summary>Removes a group, unless an indicator's recap is limited to it (its realisasi would silently change).</summary>
    public static async Task<RecapWrite<UnitGroupEntity>> DeleteAsync(SakipDb db, int id, CancellationToken ct)
    {
        if (await db.UnitGroups.FirstOrDefaultAsync(g => g.Id == id, ct) is not { } row)
        {
            return new(null, [], false);
        }
        if (await db.RecapIndicators.AnyAsync(r => r.GroupId == id, ct))
        {
            return new(null, [new Problem(string.Empty, $"Kelompok \"{row.Code}\" dipakai indikator rekap; ubah indikator itu lebih dulu.")], false);
        }
        db.UnitGroups.Remove(row);
        await db.SaveChangesAsync(ct);
        return new(null, [], false);
    }
}
