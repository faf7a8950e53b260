using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Exchange;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// A unit's own plan, targets and realisations (all years) with the calculator over them: what the dashboard,
/// the measurement grid, the comparison and the capaian API compute from. The rules stay in Core.
/// </summary>
public sealed class UnitPerformance
{
    UnitPerformance(Dataset data)
    {
        Data = data;
        Calculator = new CapaianCalculator(data);
    }

    public Dataset Data { get; }

    public CapaianCalculator Calculator { get; }

    public static async Task<UnitPerformance> LoadAsync(SakipDb db, UnitRef unit, CancellationToken ct) =>
        new(await DatasetLoader.LoadPerformanceAsync(db, unit.Path, descendants: false, ct));

    /// <summary>The unit's own indicators in display order.</summary>
    public IEnumerable<Core.Planning.Indicator> Indicators =>
        Data.Indicators.OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.Code, StringComparer.Ordinal);

    /// <summary>The years with any target or realisation, newest first.</summary>
    public IReadOnlyList<int> Years =>
        [.. Data.Targets.Select(t => t.Year).Concat(Data.Realisations.Select(r => r.Year)).Distinct().OrderDescending()];

    public CapaianResult Annual(string indicator, int year) => Calculator.For(indicator, year, Period.Annual);
}
