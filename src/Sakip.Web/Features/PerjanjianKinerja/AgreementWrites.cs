using Sakip.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Agreements;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>
/// Storing a Perjanjian Kinerja: the first one, or a revision as a new row with the next version (the earlier one is
/// kept with its date and reason). The PK is where the year's pk targets come from, so they are set to match.
/// </summary>
internal static class AgreementWrites
{
    /// <param name="openedVersion">The version in force when the form was opened (0: none yet); null for no precondition.</param>
    /// <returns><c>Conflict</c> when someone else saved a version first or a changed pk target feeds an approved capaian (409).</returns>
    public static async Task<(AgreementEntity? Saved, IReadOnlyList<Problem> Problems, bool Conflict)> SaveAsync(
        SakipDb db, UnitRef unit, int year, AgreementDraft draft, int? openedVersion, UnitAccess access, DateTimeOffset now, CancellationToken ct)
    {
        var current = await db.Agreements.FirstOrDefaultAsync(a => a.UnitId == unit.Id && a.Year == year && a.IsCurrent, ct);
        if (openedVersion is { } opened && opened != (current?.Version ?? 0))
        {
            return (null, [Conflict(current, unit, year)], true);
        }
        var indicators = await AgreementQueries.IndicatorsAsync(db, unit.Id, year, ct);
        var programs = await AgreementQueries.ProgramsAsync(db, unit, year, ct);
        var problems = Check(draft, current is not null, indicators, programs, year);
        if (Confirmation.Blocks(problems, draft.Confirmed))
        {
            return (null, problems, false);
        }
        if (await LockedTargetsAsync(db, indicators, year, draft, access.IsAdmin, ct) is { Count: > 0 } locked)
        {
            return (null, locked, true);
        }
        var version = (await db.Agreements.Where(a => a.UnitId == unit.Id && a.Year == year).MaxAsync(a => (int?)a.Version, ct) ?? 0) + 1;
        if (current is not null)
        {
            current.IsCurrent = false;
        }
        var row = NewVersion(unit.Id, year, version, draft, indicators, access.DisplayName, now);
        db.Agreements.Add(row);
        await SyncTargetsAsync(db, [.. indicators.Select(i => i.Id)], year, row.Targets, ct);
        if (!await db.TrySaveChangesAsync(ct))
        {
            // Someone saved a version of the same number at the same moment (the unique version index refused this one).
            var winner = await db.Agreements.AsNoTracking().FirstOrDefaultAsync(a => a.UnitId == unit.Id && a.Year == year && a.IsCurrent, ct);
            return (null, [Conflict(winner, unit, year)], true);
        }
        return (row, [], false);
    }

    static Problem Conflict(AgreementEntity? current, UnitRef unit, int year)
    {
        var what = $"Perjanjian Kinerja {unit.DisplayName} {year}";
        return current is null ? EditConflict.Gone(what) : EditConflict.Problem(what, current.Version,
            $"versi {current.Version}, pihak pertama {current.FirstPartyName} ({current.FirstPartyPosition}), pihak kedua {current.SecondPartyName}",
            current.CreatedBy, current.CreatedAt);
    }

    /// <summary>The pk targets the draft changes that feed an approved annual capaian (<see cref="ApprovalLock"/>).</summary>
    static async Task<List<Problem>> LockedTargetsAsync(
        SakipDb db, List<AgreementQueries.IndicatorOption> indicators, int year, AgreementDraft draft, bool isAdmin, CancellationToken ct)
    {
        var ids = indicators.Select(i => i.Id).ToList();
        var stored = await db.Targets.AsNoTracking().Where(t => ids.Contains(t.IndicatorId) && t.Year == year && t.Kind == TargetKind.Agreement).ToListAsync(ct);
        var problems = new List<Problem>();
        foreach (var indicator in indicators)
        {
            var wanted = draft.Targets.FirstOrDefault(t => t.IndicatorCode == indicator.Code);
            var old = stored.FirstOrDefault(t => t.IndicatorId == indicator.Id);
            if ((old?.Value, old?.Text) != (wanted?.Value, wanted?.Text)
                && await ApprovalLocks.ForTargetAsync(db, indicator.Id, year, TargetKind.Agreement, isAdmin, "target", ct) is { } locked)
            {
                problems.Add(locked with { Message = $"{indicator.Code}: {locked.Message}" });
            }
        }
        return problems;
    }

    /// <summary>What <see cref="SaveAsync"/> would refuse in a draft, without saving: for a form that also has reading errors.</summary>
    public static async Task<IReadOnlyList<Problem>> ProblemsAsync(SakipDb db, UnitRef unit, int year, AgreementDraft draft, CancellationToken ct)
    {
        var isRevision = await db.Agreements.AnyAsync(a => a.UnitId == unit.Id && a.Year == year && a.IsCurrent, ct);
        return Check(draft, isRevision, await AgreementQueries.IndicatorsAsync(db, unit.Id, year, ct), await AgreementQueries.ProgramsAsync(db, unit, year, ct), year);
    }

    static List<Problem> Check(AgreementDraft draft, bool isRevision, List<AgreementQueries.IndicatorOption> indicators, List<AgreementQueries.BudgetOption> programs, int year)
    {
        var problems = new List<Problem>();
        CheckParty(draft.First, "pihak_pertama", "pihak pertama", problems);
        CheckParty(draft.Second, "pihak_kedua", "pihak kedua", problems);
        if (isRevision && string.IsNullOrWhiteSpace(draft.Reason))
        {
            problems.Add(new("alasan", "Alasan revisi wajib diisi (misalnya: pergantian pejabat atau perubahan anggaran)."));
        }
        if (draft.Targets.Count == 0)
        {
            problems.Add(new("target", "Isi target sekurang-kurangnya satu indikator."));
        }
        problems.AddRange(draft.Targets.Where(t => indicators.All(i => i.Code != t.IndicatorCode))
            .Select(t => new Problem("target", $"Indikator {t.IndicatorCode} bukan indikator unit ini.")));
        problems.AddRange(draft.Programs.Where(p => p.BudgetLineId is { } id && programs.All(b => b.Id != id))
            .Select(p => new Problem("program", $"Program anggaran {p.Name} tidak ada di anggaran unit ini tahun {year}.")));
        CheckFields(draft, year, problems);
        return problems;
    }

    /// <summary>The Core field rules: the signing date against the year, target and amount ranges, text lengths.</summary>
    static void CheckFields(AgreementDraft draft, int year, List<Problem> problems)
    {
        List<Problem?> found =
        [
            AgreementDateRule.Check("tanggal_tanda_tangan", draft.SignedOn, year),
            TextRules.Check("alasan", TextField.Reason, draft.Reason, "Alasan revisi"),
            .. draft.Targets.Select(t => NumberRule.Check("target", t.Value, NumberKind.Quantity, $"Target {t.IndicatorCode}")),
            .. draft.Targets.Select(t => TextRules.Check("target", TextField.ValueText, t.Text, $"Teks target {t.IndicatorCode}")),
            .. draft.Programs.Select(p => NumberRule.Check("program", p.Amount, NumberKind.Rupiah, $"Anggaran program {p.Name}")),
            .. draft.Programs.Select(p => TextRules.Check("program", TextField.ProgramName, p.Name)),
        ];
        problems.AddRange(found.OfType<Problem>());
    }

    static AgreementEntity NewVersion(
        int unitId, int year, int version, AgreementDraft draft, List<AgreementQueries.IndicatorOption> indicators, string by, DateTimeOffset now) =>
    new()
    {
        UnitId = unitId,
        Year = year,
        Version = version,
        IsCurrent = true,
        SignedOn = draft.SignedOn,
        Reason = string.IsNullOrWhiteSpace(draft.Reason) ? null : draft.Reason.Trim(),
        CreatedAt = now,
        CreatedBy = by,
        FirstPartyName = draft.First.Name.Trim(),
        FirstPartyNip = draft.First.Nip,
        FirstPartyPosition = draft.First.Position.Trim(),
        FirstPartyActing = draft.First.Acting,
        SecondPartyName = draft.Second.Name.Trim(),
        SecondPartyNip = draft.Second.Nip,
        SecondPartyPosition = draft.Second.Position.Trim(),
        SecondPartyActing = draft.Second.Acting,
        Targets = [.. draft.Targets.Select(t => new AgreementTargetEntity { IndicatorId = indicators.Single(i => i.Code == t.IndicatorCode).Id, Value = t.Value, Text = t.Text })],
        Programs = [.. draft.Programs.Select(p => new AgreementProgramEntity { BudgetLineId = p.BudgetLineId, Name = p.Name.Trim(), Amount = p.Amount })],
    };

    static void CheckParty(AgreementView.Party party, string field, string who, List<Problem> problems)
    {
        if (string.IsNullOrWhiteSpace(party.Name))
        {
            problems.Add(new($"{field}.nama", $"Nama {who} wajib diisi."));
        }
        if (string.IsNullOrWhiteSpace(party.Position))
        {
            problems.Add(new($"{field}.jabatan", $"Jabatan {who} wajib diisi."));
        }
        if (party.Nip is { } nip && NipRule.Problem(nip, who) is { } message)
        {
            problems.Add(new($"{field}.nip", message));
        }
    }

    /// <summary>The year's pk targets of the unit's indicators become exactly the PK's: set, changed, or removed when the PK has none.</summary>
    static async Task SyncTargetsAsync(SakipDb db, List<int> indicatorIds, int year, List<AgreementTargetEntity> agreed, CancellationToken ct)
    {
        var existing = await db.Targets.Where(t => indicatorIds.Contains(t.IndicatorId) && t.Year == year && t.Kind == TargetKind.Agreement).ToListAsync(ct);
        db.Targets.RemoveRange(existing.Where(t => agreed.All(a => a.IndicatorId != t.IndicatorId)));
        foreach (var target in agreed)
        {
            var row = existing.FirstOrDefault(t => t.IndicatorId == target.IndicatorId);
            if (row is null)
            {
                row = new TargetEntity { IndicatorId = target.IndicatorId, Year = year, Kind = TargetKind.Agreement };
                db.Targets.Add(row);
            }
            // A range (nilai_maks) from the Renstra stays while its lower bound is agreed unchanged.
            var max = row.Value == target.Value ? row.Max : null;
            (row.Value, row.Max, row.Text, target.Max) = (target.Value, max, target.Text, max);
        }
    }
}
