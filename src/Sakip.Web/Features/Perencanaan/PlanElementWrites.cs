using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Planning;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Planning;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// Creating, changing and deleting plan elements (tujuan, sasaran, …) of a unit, shared by the page and the API.
/// Problems name the package column (<c>kode</c>, <c>jenis</c>, <c>induk</c>, …) so each caller can put them on its field.
/// </summary>
internal static class PlanElementWrites
{
    /// <summary>The longest plan period accepted: an RPJMD/Renstra covers five years, a transition plan a few more.</summary>
    public const int MaxPeriodYears = 10;

    /// <summary>Validates and stores <paramref name="draft"/> as a new element (<paramref name="id"/> null) or over an existing one.</summary>
    /// <param name="version">The version the editor opened; null for no precondition.</param>
    /// <returns><c>Conflict</c> when someone else saved the element first (409, not 400).</returns>
    public static async Task<(PlanElementEntity? Saved, IReadOnlyList<Problem> Problems, bool Conflict)> SaveAsync(
        SakipDb db, UnitRef unit, PlanElement draft, int? id, int? version, CancellationToken ct)
    {
        var existing = id is null ? null : await db.PlanElements.SingleAsync(p => p.Id == id, ct);
        if (existing is not null && version is { } opened && opened != existing.Version)
        {
            return (null, [Conflict(existing)], true);
        }
        var problems = CheckShape(draft);
        if (await db.PlanElements.AnyAsync(p => p.Code == draft.Code && p.Id != id, ct))
        {
            problems.Add(new("kode", $"Kode {draft.Code} sudah dipakai rencana lain; pilih kode yang unik."));
        }
        var parent = await CheckParentAsync(db, unit, draft, problems, ct);
        if (existing is not null && existing.Kind != draft.Kind && await db.PlanElements.AnyAsync(p => p.ParentId == existing.Id, ct))
        {
            problems.Add(new("jenis", $"Jenis tidak dapat diubah karena {Codes.Of(existing.Kind)} ini masih memiliki rencana di bawahnya."));
        }
        if (problems.Count > 0)
        {
            return (null, problems, false);
        }
        var row = existing ?? db.PlanElements.Add(new PlanElementEntity { UnitId = unit.Id }).Entity;
        (row.Code, row.Kind, row.ParentId, row.Statement) = (draft.Code, draft.Kind, parent?.Id, draft.Statement.Trim());
        // An element without its own period follows the plan it belongs to (the Renstra follows the RPJMD).
        (row.PeriodStart, row.PeriodEnd) = draft.PeriodStart is null && draft.PeriodEnd is null && parent is not null
            ? (parent.PeriodStart, parent.PeriodEnd) : (draft.PeriodStart, draft.PeriodEnd);
        if (!await db.TrySaveChangesAsync(ct))
        {
            var winner = await db.PlanElements.AsNoTracking().FirstOrDefaultAsync(p => p.Code == draft.Code || p.Id == id, ct);
            return (null, [winner is null ? EditConflict.Gone($"Rencana {draft.Code}") : Conflict(winner)], true);
        }
        return (row, [], false);
    }

    static Problem Conflict(PlanElementEntity current) =>
        EditConflict.Problem($"{PlanLabels.Of(current.Kind)} {current.Code}", current.Version, $"uraian \"{current.Statement}\"");

    /// <summary>Deletes an element that nothing refers to; otherwise says what still refers to it (design: referenced records are never deleted).</summary>
    public static async Task<Problem?> DeleteAsync(SakipDb db, int id, CancellationToken ct)
    {
        var row = await db.PlanElements.SingleAsync(p => p.Id == id, ct);
        var children = await db.PlanElements.CountAsync(p => p.ParentId == id, ct);
        var indicators = await db.Indicators.CountAsync(i => i.PlanElementId == id, ct);
        var budget = await db.BudgetLines.CountAsync(b => b.PlanElementId == id, ct);
        var uses = new[] { (children, "rencana di bawahnya"), (indicators, "indikator"), (budget, "baris anggaran yang terkait") }
            .Where(u => u.Item1 > 0).Select(u => $"{u.Item1} {u.Item2}").ToList();
        if (uses.Count > 0)
        {
            return new("", $"{PlanLabels.Of(row.Kind)} {row.Code} tidak dapat dihapus karena masih dipakai: {string.Join(", ", uses)}. Pindahkan atau hapus lebih dahulu.");
        }
        db.PlanElements.Remove(row);
        // Changed or deleted by someone else since it was read: its version no longer matches, nothing is removed.
        return await db.TrySaveChangesAsync(ct) ? null : EditConflict.Gone($"{PlanLabels.Of(row.Kind)} {row.Code}");
    }

    static List<Problem> CheckShape(PlanElement draft)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(draft.Code))
        {
            problems.Add(new("kode", "Kode wajib diisi: huruf, angka, titik, garis bawah atau tanda hubung (contoh: S1)."));
        }
        if (string.IsNullOrWhiteSpace(draft.Statement))
        {
            problems.Add(new("uraian", "Uraian wajib diisi."));
        }
        RecordRules.PlanElement(draft, problems);
        if ((draft.PeriodStart is null) != (draft.PeriodEnd is null))
        {
            problems.Add(new("periode_akhir", "Periode awal dan akhir diisi keduanya atau dikosongkan keduanya."));
        }
        else if (draft.PeriodStart is { } start && draft.PeriodEnd is { } end
            && (!YearRule.IsValid(start) || end < start || end - start >= MaxPeriodYears))
        {
            problems.Add(new("periode_akhir", $"Periode tidak valid: tahun akhir tidak boleh sebelum tahun awal dan periode paling lama {MaxPeriodYears} tahun."));
        }
        return problems;
    }

    /// <summary>The parent must be of the kind above (a sasaran under a tujuan, …) and belong to the unit or a unit above it.</summary>
    static async Task<PlanElementEntity?> CheckParentAsync(SakipDb db, UnitRef unit, PlanElement draft, List<Problem> problems, CancellationToken ct)
    {
        var kind = PlanLabels.Of(draft.Kind);
        if (PlanElement.ExpectedParentKind(draft.Kind) is not { } expected)
        {
            if (!string.IsNullOrWhiteSpace(draft.Parent))
            {
                problems.Add(new("induk", $"{kind} tidak memiliki induk; kosongkan induk."));
            }
            return null;
        }
        var expectedName = Codes.Of(expected);
        if (string.IsNullOrWhiteSpace(draft.Parent))
        {
            problems.Add(new("induk", $"Induk wajib diisi: {Codes.Of(draft.Kind)} harus berada di bawah {expectedName}."));
            return null;
        }
        var parent = await db.PlanElements.Include(p => p.Unit).FirstOrDefaultAsync(p => p.Code == draft.Parent, ct);
        if (parent is null || !unit.Path.StartsWith(parent.Unit.Path, StringComparison.Ordinal))
        {
            problems.Add(new("induk", $"Induk {draft.Parent} tidak ditemukan di rencana unit ini atau unit di atasnya."));
            return null;
        }
        if (parent.Kind != expected)
        {
            problems.Add(new("induk", $"{kind} harus berada di bawah {expectedName}, sedangkan {parent.Code} adalah {Codes.Of(parent.Kind)}."));
            return null;
        }
        return parent;
    }
}
