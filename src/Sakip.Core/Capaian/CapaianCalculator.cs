using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Core.Capaian;

/// <summary>Applies the capaian rules to a dataset: which target and which realisation count for a period.</summary>
public sealed class CapaianCalculator(PerformanceIndex index)
{
    readonly Scale categories = index.Scales.CapaianCategory;
    readonly PeriodLabels labels = new(index.ListedYears.Select(y => y.Year));

    public CapaianCalculator(Dataset data)
        : this(new PerformanceIndex(data))
    {
    }

    public PerformanceIndex Index => index;

    /// <summary>
    /// Every indicator, year and period that has both a target and a realisation, periods in order tw1..tw4, tahunan.
    /// </summary>
    /// <remarks>Each result is the one <see cref="For"/> gives; a period without a target is passed over before its realisation is worked out.</remarks>
    public IEnumerable<CapaianResult> All()
    {
        foreach (var measured in index.ListedYears)
        {
            if (measured.Definition is not { } definition)
            {
                continue;
            }
            foreach (var period in Periods.All)
            {
                var (target, basis) = TargetFor(measured, measured.Year, period);
                if (target is null)
                {
                    continue;
                }
                var realisation = RealisationFor(measured, definition, measured.Year, period);
                if (realisation.Value is not null)
                {
                    yield return Result(measured.Indicator, measured.Year, period, target, basis, realisation, definition.Direction);
                }
            }
        }
    }

    public CapaianResult For(string indicator, int year, Period period)
    {
        var definition = index.Indicator(indicator);
        var measured = index.Year(indicator, year);
        var (target, basis) = TargetFor(measured, year, period);
        var realisation = RealisationFor(measured, definition, year, period);
        return Result(indicator, year, period, target, basis, realisation, definition?.Direction ?? Direction.Increase);
    }

    /// <summary>
    /// A quarter's target is its tw target; the annual target is the <c>pk</c> target, falling back to the
    /// <c>renstra</c> target of that year (spec "Built-in rules").
    /// </summary>
    public (TargetValue? Value, string? Basis) TargetFor(string indicator, int year, Period period) =>
        TargetFor(index.Year(indicator, year), year, period);

    /// <summary>
    /// The realised value of a period: from its components when both are given, else as given, else (annual only)
    /// aggregated from the quarters by the indicator's agregasi. Components that give no value (penyebut 0) leave the
    /// year without a value rather than falling back to the quarters.
    /// </summary>
    public Explained<decimal?> RealisationFor(string indicator, int year, Period period) =>
        RealisationFor(index.Year(indicator, year), index.Indicator(indicator), year, period);

    /// <summary>The realisation of a period from its components or as given, without aggregation.</summary>
    public Explained<decimal?> OwnRealisation(string indicator, int year, Period period) =>
        OwnRealisation(index.Year(indicator, year), index.Indicator(indicator), year, period);

    /// <summary>The numeric value of a target; a qualitative label (skala.csv) stands for its number.</summary>
    public TargetValue? ValueOf(Target? target) => target switch
    {
        null => null,
        { Value: { } min } => TargetValue.Of(min, target.Max is { } max && max >= min ? max : null),
        _ => index.Scales.ValueOfLabel(target.Text) is { } label ? TargetValue.Point(label) : null,
    };

    CapaianResult Result(
        string indicator, int year, Period period, TargetValue? target, string? basis, Explained<decimal?> realisation, Direction direction)
    {
        var capaian = CapaianRule.Compute(target, realisation.Value, direction);
        var category = capaian.Value is { } c ? categories.Classify(c) : null;
        return new CapaianResult(indicator, year, period, target, basis, realisation, capaian, category);
    }

    (TargetValue? Value, string? Basis) TargetFor(IndicatorYear? measured, int year, Period period)
    {
        if (Periods.QuarterTarget(period) is { } quarter)
        {
            return Resolve(measured?.Target(quarter), labels.QuarterTarget(period, year));
        }
        var agreement = Resolve(measured?.Target(TargetKind.Agreement), labels.Agreement(year));
        return agreement.Value is not null
            ? agreement
            : Resolve(measured?.Target(TargetKind.Renstra), labels.Renstra(year));
    }

    Explained<decimal?> RealisationFor(IndicatorYear? measured, Indicator? definition, int year, Period period)
    {
        var own = OwnRealisation(measured, definition, year, period);
        if (own.Value is not null || period != Period.Annual || measured?.Components(period) is not null)
        {
            return own;
        }
        var quarters = Periods.Quarters.Select(q => OwnRealisation(measured, definition, year, q).Value).ToArray();
        return QuarterAggregation.Aggregate(quarters, definition?.Aggregation ?? Aggregation.Last);
    }

    Explained<decimal?> OwnRealisation(IndicatorYear? measured, Indicator? definition, int year, Period period)
    {
        if (measured?.Components(period) is var (numerator, denominator))
        {
            return RatioRule.Compute(numerator.Value, denominator.Value, definition?.Numerator, definition?.Denominator);
        }
        var given = measured?.Realisation(period);
        var value = given?.Value ?? index.Scales.ValueOfLabel(given?.Text);
        return Explained.Given(value, labels.Realisation(period, year), "Realisasi");
    }

    (TargetValue? Value, string? Basis) Resolve(Target? target, string basis) => ValueOf(target) is { } value ? (value, basis) : (null, null);
}
