using System.Diagnostics.CodeAnalysis;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Core.Capaian;

/// <summary>Lookups over a dataset's indicators, targets, realisations and components, built once per computation.</summary>
/// <remarks>
/// Measurements are kept per indicator, then per year (<see cref="IndicatorYear"/>): an indicator has a handful of years,
/// so one lookup by code and a short scan find everything a calculation needs, and a national package's million rows
/// make a few tens of thousands of dictionary entries instead of millions.
/// </remarks>
public sealed class PerformanceIndex
{
    readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);
    readonly Dictionary<string, PlanElement> planElements = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Indicator>> indicatorsByElement = new(StringComparer.Ordinal);
    readonly Dictionary<string, IndicatorYears> measured = new(StringComparer.Ordinal);
    readonly List<IndicatorYear> listed;

    public PerformanceIndex(Dataset data)
    {
        Scales = data.ScaleSet();
        foreach (var element in data.PlanElements)
        {
            planElements[element.Code] = element;
        }
        foreach (var indicator in data.Indicators)
        {
            indicators[indicator.Code] = indicator;
            if (!indicatorsByElement.TryGetValue(indicator.PlanElement, out var list))
            {
                list = [];
                indicatorsByElement[indicator.PlanElement] = list;
            }
            list.Add(indicator);
        }
        IndicatorYears? of = null;
        IndicatorYear? last = null;
        foreach (var target in data.Targets)
        {
            (last = YearOf(target.Indicator, target.Year, last, ref of)).Add(target);
            if (target.Kind == TargetKind.Renstra && target.Year > (of.LastRenstraYear ?? 0))
            {
                of.LastRenstraYear = target.Year;
            }
        }
        foreach (var realisation in data.Realisations)
        {
            (last = YearOf(realisation.Indicator, realisation.Year, last, ref of)).Add(realisation);
        }
        foreach (var component in data.Components)
        {
            (last = YearOf(component.Indicator, component.Year, last, ref of)).Add(component);
        }
        listed = Listed(data.Indicators);
    }

    public ScaleSet Scales { get; }

    public IEnumerable<Indicator> Indicators => indicators.Values;

    /// <summary>Every indicator and year that has a target or a realisation, in package order of the indicators, then by year.</summary>
    public IEnumerable<(string Indicator, int Year)> IndicatorYears => listed.Select(y => (y.Indicator, y.Year));

    /// <summary>The same, with what was measured in each year.</summary>
    internal IReadOnlyList<IndicatorYear> ListedYears => listed;

    public Indicator? Indicator(string code) => indicators.GetValueOrDefault(code);

    /// <summary>The indicators that measure a plan element, in package order.</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(string planElement) => indicatorsByElement.GetValueOrDefault(planElement) ?? [];

    public PlanElement? PlanElement(string code) => planElements.GetValueOrDefault(code);

    public Target? Target(string indicator, int year, TargetKind kind) => Year(indicator, year)?.Target(kind);

    public Realisation? Realisation(string indicator, int year, Period period) => Year(indicator, year)?.Realisation(period);

    public (RatioComponent Numerator, RatioComponent Denominator)? Components(string indicator, int year, Period period) =>
        Year(indicator, year)?.Components(period);

    /// <summary>The last year with a Renstra target of an indicator, or null when it has none.</summary>
    public int? LastRenstraYear(string indicator) => measured.GetValueOrDefault(indicator)?.LastRenstraYear;

    /// <summary>What was measured of an indicator in a year, or null when nothing was.</summary>
    internal IndicatorYear? Year(string indicator, int year) => measured.GetValueOrDefault(indicator)?.Find(year);

    /// <remarks>
    /// Rows of one indicator and year usually follow each other, so the previous row's year, then the previous row's
    /// indicator, are tried before the dictionary; with a package's shared code strings those are reference comparisons.
    /// </remarks>
    IndicatorYear YearOf(string indicator, int year, IndicatorYear? previous, [NotNull] ref IndicatorYears? of)
    {
        if (previous is not null && of is not null && previous.Year == year && previous.Indicator == indicator)
        {
            return previous;
        }
        if (previous?.Indicator != indicator || of is null)
        {
            if (!measured.TryGetValue(indicator, out of))
            {
                of = new IndicatorYears(indicator);
                measured[indicator] = of;
            }
        }
        return of.FindOrAdd(year);
    }

    /// <summary>
    /// The years with a target or a realisation: indicators in package order, then those the dataset does not define
    /// (rejected by validation) by code; each indicator's years in order. Each carries its indicator's definition.
    /// </summary>
    List<IndicatorYear> Listed(IReadOnlyList<Indicator> order)
    {
        var codes = order.Select(i => i.Code).Distinct(StringComparer.Ordinal)
            .Concat(measured.Keys.Where(code => !indicators.ContainsKey(code)).Order(StringComparer.Ordinal));
        var result = new List<IndicatorYear>(measured.Values.Sum(m => m.Years.Count));
        foreach (var code in codes)
        {
            if (measured.TryGetValue(code, out var of))
            {
                var definition = indicators.GetValueOrDefault(code);
                of.Years.Sort((a, b) => a.Year.CompareTo(b.Year));
                foreach (var year in of.Years)
                {
                    if (year.IsListed)
                    {
                        year.Definition = definition;
                        result.Add(year);
                    }
                }
            }
        }
        return result;
    }
}
