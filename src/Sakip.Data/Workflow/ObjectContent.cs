using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>
/// What a cycle object of a unit holds now, as <see cref="SnapshotLine"/>s: kept with every approval so each approved
/// revision stays readable, and compared with the current content when it is revised.
/// </summary>
public static class ObjectContent
{
    static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id-ID");

    public static Task<List<SnapshotLine>> LinesAsync(SakipDb db, int unitId, CycleObject kind, int year, Period period, CancellationToken ct) => kind switch
    {
        CycleObject.Renstra => RenstraAsync(db, unitId, ct),
        CycleObject.Iku => KeyIndicatorsAsync(db, unitId, ct),
        CycleObject.Targets => TargetsAsync(db, unitId, year, ct),
        CycleObject.Agreement => AgreementAsync(db, unitId, year, ct),
        CycleObject.Budget => BudgetAsync(db, unitId, year, ct),
        CycleObject.Realisation => RealisationsAsync(db, unitId, year, period, ct),
        CycleObject.Lkjip => Task.FromResult(new List<SnapshotLine>()),
    };

    static string Number(decimal? value) => Display.Value(value, Indonesian);

    static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    static async Task<List<SnapshotLine>> RenstraAsync(SakipDb db, int unitId, CancellationToken ct)
    {
        var elements = await db.PlanElements.AsNoTracking().Where(e => e.UnitId == unitId).OrderBy(e => e.Code)
            .Select(e => new { e.Code, e.Kind, e.Statement, e.PeriodStart, e.PeriodEnd }).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.PlanElement.UnitId == unitId).OrderBy(i => i.Code)
            .Select(i => new { i.Code, i.Name, i.Measure, i.Direction, i.Aggregation, i.Formula, i.Numerator, i.Denominator, Element = i.PlanElement.Code })
            .ToListAsync(ct);
        var targets = await db.Targets.AsNoTracking()
            .Where(t => t.Indicator.PlanElement.UnitId == unitId && (t.Kind == TargetKind.Baseline || t.Kind == TargetKind.Renstra))
            .OrderBy(t => t.Indicator.Code).ThenBy(t => t.Year).ThenBy(t => t.Kind)
            .Select(t => new { t.Indicator.Code, t.Year, t.Kind, t.Value, t.Max, t.Text }).ToListAsync(ct);
        return
        [
            .. elements.Select(e => new SnapshotLine($"unsur:{e.Code}", $"{Codes.Of(e.Kind)} {e.Code}",
                Join(e.Statement, e.PeriodStart is { } s ? $"{s}–{e.PeriodEnd}" : null))),
            .. indicators.Select(i => new SnapshotLine($"indikator:{i.Code}", $"Indikator {i.Code}",
                Join(i.Name, i.Measure, Codes.Of(i.Direction), Codes.Of(i.Aggregation), i.Formula, i.Numerator, i.Denominator, $"pada {i.Element}"))),
            .. targets.Select(t => new SnapshotLine($"target:{t.Code}:{t.Year}:{Codes.Of(t.Kind)}", $"Target {Codes.Of(t.Kind)} {t.Code} {t.Year}",
                TargetText(t.Value, t.Max, t.Text))),
        ];
    }

    static async Task<List<SnapshotLine>> KeyIndicatorsAsync(SakipDb db, int unitId, CancellationToken ct) =>
        (await db.Indicators.AsNoTracking().Where(i => i.PlanElement.UnitId == unitId && i.IsKey).OrderBy(i => i.Code)
            .Select(i => new { i.Code, i.Name, i.Measure, i.Direction, i.Formula, i.DataSource, i.Responsible }).ToListAsync(ct))
        .Select(i => new SnapshotLine($"iku:{i.Code}", $"IKU {i.Code}", Join(i.Name, i.Measure, Codes.Of(i.Direction), i.Formula, i.DataSource, i.Responsible)))
        .ToList();

    static async Task<List<SnapshotLine>> TargetsAsync(SakipDb db, int unitId, int year, CancellationToken ct) =>
        (await db.Targets.AsNoTracking()
            .Where(t => t.Indicator.PlanElement.UnitId == unitId && t.Year == year && t.Kind != TargetKind.Baseline && t.Kind != TargetKind.Renstra)
            .OrderBy(t => t.Indicator.Code).ThenBy(t => t.Kind)
            .Select(t => new { t.Indicator.Code, t.Kind, t.Value, t.Max, t.Text }).ToListAsync(ct))
        .Select(t => new SnapshotLine($"target:{t.Code}:{Codes.Of(t.Kind)}", $"Target {Codes.Of(t.Kind)} {t.Code}", TargetText(t.Value, t.Max, t.Text)))
        .ToList();

    static async Task<List<SnapshotLine>> AgreementAsync(SakipDb db, int unitId, int year, CancellationToken ct)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Targets).Include(a => a.Programs)
            .FirstOrDefaultAsync(a => a.UnitId == unitId && a.Year == year && a.IsCurrent, ct);
        if (agreement is null)
        {
            return [];
        }
        var codes = await db.Indicators.AsNoTracking().Where(i => agreement.Targets.Select(t => t.IndicatorId).Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        return
        [
            new("pk:versi", "Versi", agreement.Version.ToString(CultureInfo.InvariantCulture)),
            new("pk:pihak_pertama", "Pihak pertama", Join(agreement.FirstPartyName, agreement.FirstPartyNip, agreement.FirstPartyPosition)),
            new("pk:pihak_kedua", "Pihak kedua", Join(agreement.SecondPartyName, agreement.SecondPartyNip, agreement.SecondPartyPosition)),
            new("pk:tanggal", "Tanggal", Join(agreement.Place, agreement.SignedOn?.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture))),
            .. agreement.Targets.OrderBy(t => codes.GetValueOrDefault(t.IndicatorId)).Select(t =>
                new SnapshotLine($"pk:target:{codes.GetValueOrDefault(t.IndicatorId)}", $"Target {codes.GetValueOrDefault(t.IndicatorId)}", TargetText(t.Value, t.Max, t.Text))),
            .. agreement.Programs.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p =>
                new SnapshotLine($"pk:program:{p.Name}", $"Program {p.Name}", Number(p.Amount))),
        ];
    }

    static async Task<List<SnapshotLine>> BudgetAsync(SakipDb db, int unitId, int year, CancellationToken ct) =>
        (await db.BudgetLines.AsNoTracking().Where(b => b.UnitId == unitId && b.Year == year).OrderBy(b => b.Code)
            .Select(b => new { b.Code, b.Name, b.Ceiling, b.Spent, b.SpentQ1, b.SpentQ2, b.SpentQ3, b.SpentQ4 }).ToListAsync(ct))
        .Select(b => new SnapshotLine($"anggaran:{b.Code}", $"{b.Code} {b.Name}",
            Join($"pagu {Number(b.Ceiling)}", $"realisasi {Number(b.Spent)}",
                (b.SpentQ1 ?? b.SpentQ2 ?? b.SpentQ3 ?? b.SpentQ4) is null ? null
                    : $"TW {Number(b.SpentQ1)} / {Number(b.SpentQ2)} / {Number(b.SpentQ3)} / {Number(b.SpentQ4)}")))
        .ToList();

    static async Task<List<SnapshotLine>> RealisationsAsync(SakipDb db, int unitId, int year, Period period, CancellationToken ct)
    {
        var rows = await db.Realisations.AsNoTracking()
            .Where(r => r.Indicator.PlanElement.UnitId == unitId && r.Year == year && r.Period == period).OrderBy(r => r.Indicator.Code)
            .Select(r => new { r.Indicator.Code, r.Value, r.Text, r.SupportingFactors, r.InhibitingFactors, r.Solutions }).ToListAsync(ct);
        var components = await db.Components.AsNoTracking()
            .Where(c => c.Indicator.PlanElement.UnitId == unitId && c.Year == year && c.Period == period).OrderBy(c => c.Indicator.Code).ThenBy(c => c.Kind)
            .Select(c => new { c.Indicator.Code, c.Kind, c.Value }).ToListAsync(ct);
        return
        [
            .. rows.Select(r => new SnapshotLine($"realisasi:{r.Code}", $"Realisasi {r.Code}",
                Join(r.Value is { } v ? Number(v) : r.Text, r.SupportingFactors, r.InhibitingFactors, r.Solutions))),
            .. components.Select(c => new SnapshotLine($"komponen:{c.Code}:{Codes.Of(c.Kind)}", $"{Codes.Of(c.Kind)} {c.Code}", Number(c.Value))),
        ];
    }

    static string TargetText(decimal? value, decimal? max, string? text) =>
        value is { } v ? (max is { } m ? $"{Number(v)}–{Number(m)}" : Number(v)) : text ?? "(kosong)";
}
