using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Measurement;
using Sakip.Data.Planning;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// Creating, changing and deleting the indicators of a unit and their baseline and Renstra targets, shared by the page
/// and the API. Problems name the package column (<c>kode</c>, <c>rencana</c>, <c>pembilang</c>, …).
/// </summary>
internal static class IndicatorWrites
{
    /// <summary>
    /// Validates and stores <paramref name="draft"/> (<paramref name="id"/> null: a new indicator). When
    /// <paramref name="targets"/> is given, the baseline and the Renstra targets of its years are set to exactly those.
    /// </summary>
    /// <param name="edit">The version the editor opened (null: no precondition) and whether an Admin edits (<see cref="ApprovalLock"/>).</param>
    /// <returns><c>Conflict</c> when the problems are a newer version or an approved capaian, not the input (409, not 400).</returns>
    public static async Task<(IndicatorEntity? Saved, IReadOnlyList<Problem> Problems, bool Conflict)> SaveAsync(
        SakipDb db, UnitRef unit, Indicator draft, int? id, PlanTargets? targets, Edit edit, CancellationToken ct)
    {
        if (id is { } existingId && await ConflictAsync(db, existingId, draft, targets, edit, ct) is { Count: > 0 } conflicts)
        {
            return (null, conflicts, true);
        }
        var problems = CheckShape(draft);
        if (await db.Indicators.AnyAsync(i => i.Code == draft.Code && i.Id != id, ct))
        {
            problems.Add(new("kode", $"Kode {draft.Code} sudah dipakai indikator lain; pilih kode yang unik."));
        }
        var element = await db.PlanElements.AsNoTracking().FirstOrDefaultAsync(p => p.Code == draft.PlanElement && p.UnitId == unit.Id, ct);
        if (element is null)
        {
            problems.Add(new("rencana", $"Rencana {draft.PlanElement} tidak ditemukan di rencana unit ini; indikator harus berada di bawah tujuan atau sasaran unit ini."));
        }
        if (problems.Count > 0)
        {
            return (null, problems, false);
        }
        var row = id is null ? db.Indicators.Add(new IndicatorEntity()).Entity : await db.Indicators.SingleAsync(i => i.Id == id, ct);
        if (id is not null)
        {
            db.Expect(row, edit.Version);
        }
        row.Code = draft.Code;
        row.PlanElementId = element!.Id;
        row.Name = draft.Name.Trim();
        (row.Measure, row.Direction, row.Aggregation, row.IsKey) = (Trim(draft.Measure), draft.Direction, draft.Aggregation, draft.IsKey);
        (row.Formula, row.Numerator, row.Denominator) = (Trim(draft.Formula), Trim(draft.Numerator), Trim(draft.Denominator));
        (row.DataSource, row.Responsible, row.Order, row.EvidenceRequired) = (Trim(draft.DataSource), Trim(draft.Responsible), draft.Order, draft.EvidenceRequired);
        if (targets is not null)
        {
            await SetTargetsAsync(db, row, targets, ct);
            // The form's version covers its targets too: saving them moves the indicator's version.
            if (id is not null)
            {
                db.Entry(row).Property(r => r.Version).IsModified = true;
            }
        }
        if (!await db.TrySaveChangesAsync(ct))
        {
            var winner = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Code == draft.Code || i.Id == id, ct);
            return (null, [winner is null ? EditConflict.Gone($"Indikator {draft.Code}") : Conflict(winner)], true);
        }
        return (row, [], false);
    }

    /// <summary>What an edit brings besides its values: the version it was opened with and whether an Admin makes it.</summary>
    public sealed record Edit(int? Version, bool IsAdmin);

    /// <summary>A newer version than the editor opened, or changes to inputs of an approved capaian (<see cref="ApprovalLock"/>).</summary>
    static async Task<List<Problem>> ConflictAsync(SakipDb db, int id, Indicator draft, PlanTargets? targets, Edit edit, CancellationToken ct)
    {
        var current = await db.Indicators.AsNoTracking().Include(i => i.PlanElement).SingleAsync(i => i.Id == id, ct);
        if (edit.Version is { } opened && opened != current.Version)
        {
            return [Conflict(current)];
        }
        var before = new Indicator(current.Code, current.PlanElement.Code, current.Name, current.Measure, current.Direction, current.Aggregation,
            current.IsKey, current.Formula, current.Numerator, current.Denominator);
        var problems = ApprovalLock.ForDefinition(before, draft, await ApprovalLocks.ApprovedAsync(db, id, null, ct), edit.IsAdmin).ToList();
        if (targets is not null)
        {
            var stored = await db.Targets.AsNoTracking().Where(t => t.IndicatorId == id && t.Kind == TargetKind.Renstra).ToListAsync(ct);
            foreach (var year in targets.Years.Distinct())
            {
                var wanted = targets.Renstra.FirstOrDefault(t => t.Year == year)?.Value;
                var old = stored.FirstOrDefault(t => t.Year == year);
                if ((old?.Value, old?.Text) != (wanted?.Number, wanted?.Text)
                    && await ApprovalLocks.ForTargetAsync(db, id, year, TargetKind.Renstra, edit.IsAdmin, "target", ct) is { } locked)
                {
                    problems.Add(locked);
                }
            }
        }
        return problems;
    }

    static Problem Conflict(IndicatorEntity current) => EditConflict.Problem($"Indikator {current.Code}", current.Version,
        $"uraian \"{current.Name}\", arah {Codes.Of(current.Direction)}, agregasi {Codes.Of(current.Aggregation)}");

    /// <summary>Deletes an indicator nothing refers to; one with targets, realisations, a PK or budget is kept and the reason given.</summary>
    public static async Task<Problem?> DeleteAsync(SakipDb db, int id, CancellationToken ct)
    {
        var row = await db.Indicators.SingleAsync(i => i.Id == id, ct);
        var uses = new[]
        {
            (await db.Targets.CountAsync(t => t.IndicatorId == id, ct), "target"),
            (await db.Realisations.CountAsync(r => r.IndicatorId == id, ct), "realisasi"),
            (await db.Components.CountAsync(c => c.IndicatorId == id, ct), "data pembilang/penyebut"),
            (await db.Agreements.CountAsync(a => a.Targets.Any(t => t.IndicatorId == id), ct), "Perjanjian Kinerja"),
            (await db.BudgetLines.CountAsync(b => b.IndicatorId == id, ct), "baris anggaran"),
        }.Where(u => u.Item1 > 0).Select(u => $"{u.Item1} {u.Item2}").ToList();
        if (uses.Count > 0)
        {
            return new("", $"Indikator {row.Code} tidak dapat dihapus karena sudah dipakai: {string.Join(", ", uses)}. Riwayat kinerja tidak boleh hilang; kosongkan targetnya lebih dahulu bila indikator memang keliru dibuat.");
        }
        db.Indicators.Remove(row);
        // Changed or deleted by someone else since it was read: its version no longer matches, nothing is removed.
        return await db.TrySaveChangesAsync(ct) ? null : EditConflict.Gone($"Indikator {row.Code}");
    }

    static List<Problem> CheckShape(Indicator draft)
    {
        var problems = new List<Problem>();
        if (string.IsNullOrWhiteSpace(draft.Code))
        {
            problems.Add(new("kode", "Kode wajib diisi: huruf, angka, titik, garis bawah atau tanda hubung (contoh: EKPPD)."));
        }
        if (string.IsNullOrWhiteSpace(draft.Name))
        {
            problems.Add(new("uraian", "Nama indikator wajib diisi."));
        }
        RecordRules.Indicator(draft, problems);
        if (string.IsNullOrWhiteSpace(draft.Numerator) != string.IsNullOrWhiteSpace(draft.Denominator))
        {
            problems.Add(new(string.IsNullOrWhiteSpace(draft.Numerator) ? "pembilang" : "penyebut",
                "Pembilang dan penyebut diisi keduanya (indikator rasio) atau dikosongkan keduanya."));
        }
        if (draft.Order is < 1)
        {
            problems.Add(new("urutan", "Urutan harus bilangan bulat 1 atau lebih."));
        }
        return problems;
    }

    static async Task SetTargetsAsync(SakipDb db, IndicatorEntity row, PlanTargets targets, CancellationToken ct)
    {
        var existing = row.Id == 0 ? [] : await db.Targets.Where(t => t.IndicatorId == row.Id && (t.Kind == TargetKind.Baseline || t.Kind == TargetKind.Renstra)).ToListAsync(ct);
        var wanted = targets.Renstra.Select(t => (Kind: TargetKind.Renstra, t.Year, t.Value)).ToList();
        if (targets.Baseline is { } baseline)
        {
            wanted.Add((TargetKind.Baseline, baseline.Year, baseline.Value));
        }
        // Renstra targets of years outside the form stay; the baseline is one value, so any other baseline goes.
        db.Targets.RemoveRange(existing.Where(t => !wanted.Any(w => w.Kind == t.Kind && w.Year == t.Year)
            && (t.Kind == TargetKind.Baseline || targets.Years.Contains(t.Year))));
        foreach (var (kind, year, value) in wanted)
        {
            var target = existing.FirstOrDefault(t => t.Kind == kind && t.Year == year);
            if (target is null)
            {
                target = new TargetEntity { Indicator = row, Year = year, Kind = kind };
                db.Targets.Add(target);
            }
            // A range (nilai_maks) is kept while its lower bound is unchanged; this form edits single values.
            target.Max = target.Value == value.Number ? target.Max : null;
            (target.Value, target.Text) = (value.Number, value.Text);
        }
    }

    static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
