using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Benchmarks.Generation;

/// <summary>
/// One indicator's targets (awal, then renstra, pk and tw1-4 for each year), realisations (tw1-4 and tahunan)
/// and, for a ratio indicator, its numerator and denominator (komponen).
/// </summary>
static class MeasurementGenerator
{
    public static void Add(Indicator indicator, int position, Random random, PackageLists lists)
    {
        var baseline = Draw.Between(random, 40m, 90m);
        var step = Draw.Between(random, 0.5m, 3m);
        lists.Targets.Add(new Target(indicator.Code, PackageShape.FirstYear - 1, TargetKind.Baseline, baseline));
        for (var y = 0; y < PackageShape.Years; y++)
        {
            var year = PackageShape.FirstYear + y;
            var renstra = indicator.Direction == Direction.Decrease ? baseline - step * (y + 1) : baseline + step * (y + 1);
            var agreement = Draw.Chance(random, 80) ? renstra : Draw.Scaled(random, renstra, 0.95m, 1.05m);
            decimal? max = indicator.Direction == Direction.Stable ? agreement + 10m : null;
            lists.Targets.Add(new Target(indicator.Code, year, TargetKind.Renstra, renstra, max is null ? null : renstra + 10m));
            lists.Targets.Add(new Target(indicator.Code, year, TargetKind.Agreement, agreement, max));
            foreach (var (quarter, kind) in Quarters)
            {
                var target = QuarterTarget(agreement, quarter, indicator);
                lists.Targets.Add(new Target(indicator.Code, year, kind, target, max));
                AddRealisation(indicator, year, Periods.Quarters[quarter - 1], target, random, lists);
            }
            if (!PackageShape.LacksAnnual(position))
            {
                AddRealisation(indicator, year, Period.Annual, agreement, random, lists);
            }
        }
    }

    static readonly (int Quarter, TargetKind Kind)[] Quarters = [(1, TargetKind.Q1), (2, TargetKind.Q2), (3, TargetKind.Q3), (4, TargetKind.Q4)];

    /// <summary>Rencana Aksi targets: a share of the year for kumulatif, a rising path for akhir, the year's target otherwise.</summary>
    static decimal QuarterTarget(decimal agreement, int quarter, Indicator indicator) => indicator switch
    {
        { Direction: Direction.Stable } or { Direction: Direction.Decrease } or { Aggregation: Aggregation.Mean } => agreement,
        { Aggregation: Aggregation.Cumulative } => Math.Round(agreement / 4m, 2, MidpointRounding.AwayFromZero),
        _ => Math.Round(agreement * quarter / 4m, 2, MidpointRounding.AwayFromZero),
    };

    static void AddRealisation(Indicator indicator, int year, Period period, decimal target, Random random, PackageLists lists)
    {
        var value = Draw.Scaled(random, target, 0.75m, 1.15m);
        if (indicator.Numerator is not null)
        {
            value = AddComponents(indicator.Code, year, period, random, lists);
        }
        decimal? printed = period == Period.Annual && indicator.Direction == Direction.Increase && Draw.Chance(random, 50)
            ? Math.Round(value / target * 100m, 2, MidpointRounding.AwayFromZero)
            : null;
        var note = Draw.Chance(random, 3) ? "angka sementara, menunggu verifikasi" : null;
        lists.Realisations.Add(new Realisation(indicator.Code, year, period, value, null, printed, note));
    }

    /// <returns>The realised value the components give, as a report would print it (two decimals).</returns>
    static decimal AddComponents(string indicator, int year, Period period, Random random, PackageLists lists)
    {
        var denominator = random.Next(20, 201);
        var numerator = (int)Math.Round(denominator * Draw.Between(random, 0.5m, 1m), MidpointRounding.AwayFromZero);
        lists.Components.Add(new RatioComponent(indicator, year, period, ComponentKind.Numerator, numerator, "Laporan kerja sama"));
        lists.Components.Add(new RatioComponent(indicator, year, period, ComponentKind.Denominator, denominator, "Laporan kerja sama"));
        return Math.Round((decimal)numerator / denominator * 100m, 2, MidpointRounding.AwayFromZero);
    }
}
