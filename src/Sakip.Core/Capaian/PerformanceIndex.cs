using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Core.Capaian;

/// <summary>Lookups over a dataset's indicators, targets, realisations and components, built once per computation.</summary>
public sealed class PerformanceIndex
{
    readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);
    readonly Dictionary<string, PlanElement> planElements = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Indicator>> indicatorsByElement = new(StringComparer.Ordinal);
    readonly Dictionary<(string, int, TargetKind), Target> targets = [];
    readonly Dictionary<(string, int, Period), Realisation> realisations = [];
    readonly Dictionary<(string, int, Period), RatioComponent> numerators = [];
    readonly Dictionary<(string, int, Period), RatioComponent> denominators = [];
    readonly Dictionary<string, int> lastRenstraYear = new(StringComparer.Ordinal);
    readonly Dictionary<string, int> position = new(StringComparer.Ordinal);
    readonly SortedSet<(string Indicator, int Year)> indicatorYears;

    public PerformanceIndex(Dataset data)
    {
        Scales = data.ScaleSet();
        foreach (var indicator in data.Indicators)
        {
            position.TryAdd(indicator.Code, position.Count);
        }
        indicatorYears = new(Comparer<(string, int)>.Create(CompareKeys));
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
        foreach (var target in data.Targets)
        {
            targets[(target.Indicator, target.Year, target.Kind)] = target;
            indicatorYears.Add((target.Indicator, target.Year));
            if (target.Kind == TargetKind.Renstra && target.Year > lastRenstraYear.GetValueOrDefault(target.Indicator))
            {
                lastRenstraYear[target.Indicator] = target.Year;
            }
        }
        foreach (var realisation in data.Realisations)
        {
            realisations[(realisation.Indicator, realisation.Year, realisation.Period)] = realisation;
            indicatorYears.Add((realisation.Indicator, realisation.Year));
        }
        foreach (var component in data.Components)
        {
            var into = component.Kind == ComponentKind.Numerator ? numerators : denominators;
            into[(component.Indicator, component.Year, component.Period)] = component;
        }
    }

    public ScaleSet Scales { get; }

    public IEnumerable<Indicator> Indicators => indicators.Values;

    /// <summary>Every indicator and year that has a target or a realisation, in package order of the indicators, then by year.</summary>
    public IEnumerable<(string Indicator, int Year)> IndicatorYears => indicatorYears;

    public Indicator? Indicator(string code) => indicators.GetValueOrDefault(code);

    /// <summary>The indicators that measure a plan element, in package order.</summary>
    public IReadOnlyList<Indicator> IndicatorsOf(string planElement) => indicatorsByElement.GetValueOrDefault(planElement) ?? [];

    public PlanElement? PlanElement(string code) => planElements.GetValueOrDefault(code);

    public Target? Target(string indicator, int year, TargetKind kind) => targets.GetValueOrDefault((indicator, year, kind));

    public Realisation? Realisation(string indicator, int year, Period period) =>
        realisations.GetValueOrDefault((indicator, year, period));

    public (RatioComponent Numerator, RatioComponent Denominator)? Components(string indicator, int year, Period period) =>
        numerators.TryGetValue((indicator, year, period), out var p) && denominators.TryGetValue((indicator, year, period), out var q)
            ? (p, q)
            : null;

    /// <summary>The last year with a Renstra target of an indicator, or null when it has none.</summary>
    public int? LastRenstraYear(string indicator) => lastRenstraYear.TryGetValue(indicator, out var year) ? year : null;

    /// <remarks>Indicators unknown to the dataset (rejected by validation) sort last, by code.</remarks>
    int CompareKeys((string, int) x, (string, int) y)
    {
        var byPosition = position.GetValueOrDefault(x.Item1, int.MaxValue).CompareTo(position.GetValueOrDefault(y.Item1, int.MaxValue));
        if (byPosition != 0)
        {
            return byPosition;
        }
        var byCode = string.CompareOrdinal(x.Item1, y.Item1);
        return byCode != 0 ? byCode : x.Item2.CompareTo(y.Item2);
    }
}
