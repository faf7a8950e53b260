using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Measurement;
using Sakip.Reports.Tables;
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

    static View Compare(IndicatorRef indicator, UnitPerformance performance) =>
        new(indicator, IndicatorHistoryTable.For(performance.Data, performance.Calculator, indicator.Code));

    public sealed record Picker(UnitRef Unit, IReadOnlyList<Core.Planning.Indicator> Indicators, IReadOnlyList<UnitRef> Children);

    /// <summary>The indicator and its history, computed by the report table the LKjIP uses.</summary>
    public sealed record View(IndicatorRef Indicator, IndicatorHistoryTable History)
    {
        public IReadOnlyList<IndicatorHistoryTable.Line> Rows => History.Lines;

        public int? EndYear => History.EndYear;

        public Target? EndTarget => History.EndTarget;

        public TargetValue? EndValue => History.EndValue;
    }
}
