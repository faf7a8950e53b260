using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Capaian;

/// <summary>Applies the capaian rules to a dataset: which target and which realisation count for a period.</summary>
public sealed class CapaianCalculator(PerformanceIndex index)
{
    public CapaianCalculator(Dataset data)
        : this(new PerformanceIndex(data))
    {
    }

    public PerformanceIndex Index => index;

    /// <summary>
    /// Every indicator, year and period that has both a target and a realisation, periods in order tw1..tw4, tahunan.
    /// </summary>
    public IEnumerable<CapaianResult> All()
    {
        foreach (var (indicator, year) in index.IndicatorYears)
        {
            if (index.Indicator(indicator) is null)
            {
                continue;
            }
            foreach (var period in Periods.All)
            {
                var result = For(indicator, year, period);
                if (result.Target is not null && result.Realisation.Value is not null)
                {
                    yield return result;
                }
            }
        }
    }

    public CapaianResult For(string indicator, int year, Period period)
    {
        var direction = index.Indicator(indicator)?.Direction ?? Direction.Increase;
        var (target, basis) = TargetFor(indicator, year, period);
        var realisation = RealisationFor(indicator, year, period);
        var capaian = CapaianRule.Compute(target, realisation.Value, direction);
        var category = capaian.Value is { } c ? index.Scales.CapaianCategory.Classify(c) : null;
        return new CapaianResult(indicator, year, period, target, basis, realisation, capaian, category);
    }

    /// <summary>
    /// A quarter's target is its tw target; the annual target is the <c>pk</c> target, falling back to the
    /// <c>renstra</c> target of that year (spec "Built-in rules").
    /// </summary>
    public (TargetValue? Value, string? Basis) TargetFor(string indicator, int year, Period period)
    {
        if (Periods.QuarterTarget(period) is { } quarter)
        {
            return Resolve(index.Target(indicator, year, quarter), $"Target {Periods.Label(period)} {year}");
        }
        var agreement = Resolve(index.Target(indicator, year, TargetKind.Agreement), $"Target PK {year}");
        return agreement.Value is not null
            ? agreement
            : Resolve(index.Target(indicator, year, TargetKind.Renstra), $"Target Renstra {year}");
    }

    /// <summary>
    /// The realised value of a period: from its components when both are given, else as given, else (annual only)
    /// aggregated from the quarters by the indicator's agregasi. Components that give no value (penyebut 0) leave the
    /// year without a value rather than falling back to the quarters.
    /// </summary>
    public Explained<decimal?> RealisationFor(string indicator, int year, Period period)
    {
        var own = OwnRealisation(indicator, year, period);
        if (own.Value is not null || period != Period.Annual || index.Components(indicator, year, period) is not null)
        {
            return own;
        }
        var quarters = Periods.Quarters.Select(q => OwnRealisation(indicator, year, q).Value).ToArray();
        var aggregation = index.Indicator(indicator)?.Aggregation ?? Aggregation.Last;
        return QuarterAggregation.Aggregate(quarters, aggregation);
    }

    /// <summary>The realisation of a period from its components or as given, without aggregation.</summary>
    public Explained<decimal?> OwnRealisation(string indicator, int year, Period period)
    {
        if (index.Components(indicator, year, period) is var (numerator, denominator))
        {
            var definition = index.Indicator(indicator);
            return RatioRule.Compute(numerator.Value, denominator.Value, definition?.Numerator, definition?.Denominator);
        }
        var given = index.Realisation(indicator, year, period);
        var value = given?.Value ?? index.Scales.ValueOfLabel(given?.Text);
        return Explained.Given(value, $"Realisasi {Periods.Label(period)} {year} sesuai data", "Realisasi");
    }

    /// <summary>The numeric value of a target; a qualitative label (skala.csv) stands for its number.</summary>
    public TargetValue? ValueOf(Target? target) => target switch
    {
        null => null,
        { Value: { } min } => TargetValue.Of(min, target.Max is { } max && max >= min ? max : null),
        _ => index.Scales.ValueOfLabel(target.Text) is { } label ? TargetValue.Point(label) : null,
    };

    (TargetValue? Value, string? Basis) Resolve(Target? target, string basis) => ValueOf(target) is { } value ? (value, basis) : (null, null);
}
