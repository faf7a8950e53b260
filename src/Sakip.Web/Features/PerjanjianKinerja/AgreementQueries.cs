using Sakip.Core.Agreements;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Agreements;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>Reads of Perjanjian Kinerja shared by the overview, the version, the print view and the form.</summary>
public static class AgreementQueries
{
    /// <summary>A version (<paramref name="version"/>) or the current one (null) of the unit's PK for a year; null when there is none.</summary>
    public static async Task<AgreementView?> LoadAsync(SakipDb db, int unitId, int year, int? version, CancellationToken ct)
    {
        var a = await db.Agreements.AsNoTracking()
            .Where(a => a.UnitId == unitId && a.Year == year && (version == null ? a.IsCurrent : a.Version == version))
            .Include(a => a.Programs).FirstOrDefaultAsync(ct);
        if (a is null)
        {
            return null;
        }
        var targets = await (from t in db.Set<AgreementTargetEntity>().AsNoTracking()
                             join i in db.Indicators.AsNoTracking() on t.IndicatorId equals i.Id
                             where t.AgreementId == a.Id
                             orderby i.Order, i.Id
                             select new AgreementView.TargetRow(i.Code, i.PlanElement.Statement, i.Name, i.Measure, t.Value, t.Max, t.Text)).ToListAsync(ct);
        return new AgreementView(a.Version, a.IsCurrent,
            new(a.FirstPartyName, a.FirstPartyNip, a.FirstPartyPosition, a.FirstPartyActing),
            new(a.SecondPartyName, a.SecondPartyNip, a.SecondPartyPosition, a.SecondPartyActing),
            a.SignedOn, a.Reason, a.CreatedAt, a.CreatedBy, targets,
            [.. a.Programs.OrderBy(p => p.Id).Select(p => new AgreementView.ProgramRow(p.BudgetLineId, p.Name, p.Amount))]);
    }

    public static Task<List<VersionRow>> VersionsAsync(SakipDb db, int unitId, int year, CancellationToken ct) =>
        db.Agreements.AsNoTracking().Where(a => a.UnitId == unitId && a.Year == year).OrderByDescending(a => a.Version)
            .Select(a => new VersionRow(a.Version, a.IsCurrent, a.CreatedAt, a.CreatedBy, a.Reason, a.FirstPartyName, a.FirstPartyActing)).ToListAsync(ct);

    /// <summary>The years worth offering: those with a PK or any target of the unit's indicators.</summary>
    public static async Task<List<int>> YearsAsync(SakipDb db, int unitId, CancellationToken ct) =>
        [.. (await db.Agreements.Where(a => a.UnitId == unitId).Select(a => a.Year)
            .Union(db.Targets.Where(t => t.Indicator.PlanElement.UnitId == unitId).Select(t => t.Year)).ToListAsync(ct)).OrderDescending()];

    /// <summary>The unit's indicators with the target a new PK proposes: the year's pk target, else its Renstra target.</summary>
    public static async Task<List<IndicatorOption>> IndicatorsAsync(SakipDb db, int unitId, int year, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().Where(i => i.PlanElement.UnitId == unitId).OrderBy(i => i.Order).ThenBy(i => i.Id)
            .Select(i => new { i.Id, i.Code, i.Name, i.Measure, Objective = i.PlanElement.Statement }).ToListAsync(ct);
        var ids = indicators.Select(i => i.Id).ToList();
        var targets = await db.Targets.AsNoTracking()
            .Where(t => ids.Contains(t.IndicatorId) && t.Year == year && (t.Kind == TargetKind.Agreement || t.Kind == TargetKind.Renstra))
            .Select(t => new { t.IndicatorId, t.Kind, t.Value, t.Text }).ToListAsync(ct);
        return [.. indicators.Select(i =>
        {
            var proposed = targets.Where(t => t.IndicatorId == i.Id).OrderBy(t => t.Kind == TargetKind.Agreement ? 0 : 1).FirstOrDefault();
            return new IndicatorOption(i.Id, i.Code, i.Name, i.Measure, i.Objective, proposed?.Value, proposed?.Text);
        })];
    }

    /// <summary>The programs of the unit and the units below it for the year (a Sekretariat's programs sit with its Biro).</summary>
    public static Task<List<BudgetOption>> ProgramsAsync(SakipDb db, UnitRef unit, int year, CancellationToken ct) =>
        db.BudgetLines.AsNoTracking().Where(b => b.Year == year && b.Level == BudgetLevel.Program && b.Unit.Path.StartsWith(unit.Path))
            .OrderBy(b => b.Unit.Path).ThenBy(b => b.Code)
            .Select(b => new BudgetOption(b.Id, b.Code, b.Name, b.Ceiling, b.UnitId == unit.Id, b.Unit.ShortName ?? b.Unit.Name)).ToListAsync(ct);

    public sealed record VersionRow(int Version, bool IsCurrent, DateTimeOffset CreatedAt, string? CreatedBy, string? Reason, string FirstParty, ActingKind Acting);

    public sealed record IndicatorOption(int Id, string Code, string Name, string? Measure, string Objective, decimal? Value, string? Text);

    public sealed record BudgetOption(int Id, string Code, string Name, decimal? Ceiling, bool Own, string Unit);
}
