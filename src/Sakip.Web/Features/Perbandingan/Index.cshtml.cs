using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perbandingan;

/// <summary>
/// One indicator across every year with data: targets, realisasi, capaian, change from last year and progress toward
/// the Renstra end target. Without an indicator: the unit's indicators to choose from. A report: it reads the
/// replica when there is one (<see cref="ReportingDb"/>).
/// </summary>
public sealed class IndexModel(ReportingDb reporting, UnitResultCache cache) : PageModel
{
    public Picker? Choices { get; private set; }

    public View? Comparison { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? indikator, string? instansi, CancellationToken ct)
    {
        var (access, db) = (UnitAccess.Of(HttpContext), reporting.Db);
        if (indikator is null)
        {
            if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
            {
                return NotFound();
            }
            var own = await cache.PerformanceAsync(db, unit, ct);
            Choices = new Picker(unit, [.. own.Indicators], await UnitLookup.ChildrenAsync(db, unit.Id, ct));
            return Page();
        }
        if (await IndicatorLookup.ResolveAsync(db, access, indikator, ct) is not { } indicator)
        {
            return NotFound();
        }
        var performance = await cache.PerformanceAsync(db, indicator.Unit, ct);
        Comparison = Compare(indicator, performance);
        return Page();
    }

    static View Compare(IndicatorRef indicator, UnitPerformance performance)
    {
        var (data, calculator, index) = (performance.Data, performance.Calculator, performance.Calculator.Index);
        var years = data.Targets.Where(t => t.Indicator == indicator.Code).Select(t => t.Year)
            .Concat(data.Realisations.Where(r => r.Indicator == indicator.Code).Select(r => r.Year))
            .Concat(data.Components.Where(c => c.Indicator == indicator.Code).Select(c => c.Year))
            .Distinct().Order();
        var rows = years.Select(year => new Row(
            year,
            index.Target(indicator.Code, year, TargetKind.Renstra),
            index.Target(indicator.Code, year, TargetKind.Agreement),
            calculator.For(indicator.Code, year, Period.Annual),
            calculator.ChangeFromLastYear(indicator.Code, year),
            calculator.Progress(indicator.Code, year))).ToList();
        var (endYear, endTarget) = calculator.RenstraEnd(indicator.Code);
        return new View(indicator, rows, endYear, endYear is { } y ? index.Target(indicator.Code, y, TargetKind.Renstra) : null, endTarget);
    }

    public sealed record Picker(UnitRef Unit, IReadOnlyList<Core.Planning.Indicator> Indicators, IReadOnlyList<UnitRef> Children);

    public sealed record View(IndicatorRef Indicator, IReadOnlyList<Row> Rows, int? EndYear, Target? EndTarget, TargetValue? EndValue);

    /// <param name="Annual">The annual target (PK, else Renstra), realisasi, capaian and kategori of the year.</param>
    public sealed record Row(
        int Year, Target? Renstra, Target? Agreement, CapaianResult Annual,
        Core.Explaining.Explained<decimal?> Change, Core.Explaining.Explained<decimal?> Progress);
}
