using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;

namespace Sakip.Core.Capaian;

/// <summary>Lookups over a dataset's indicators, targets, realisations and components, built once per computation.</summary>
/// <remarks>
/// Measurements are kept per indicator and year (<see cref="YearSlots"/>); an indicator's few years are chained from its
/// last one, so a lookup is one dictionary access by code and a short walk, and a national package's million rows
/// make tens of thousands of dictionary entries rather than millions.
/// </remarks>
public sealed class PerformanceIndex
{
    readonly Dictionary<string, Indicator> indicators = new(StringComparer.Ordinal);
    readonly Dictionary<string, PlanElement> planElements = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<Indicator>> indicatorsByElement = new(StringComparer.Ordinal);
    readonly YearSlots slots = new();

    /// <summary>Each indicator's most recently added year, the start of the chain of its years.</summary>
    readonly Dictionary<string, int> lastYearOf = new(StringComparer.Ordinal);
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
        var last = -1;
        foreach (var target in data.Targets)
        {
            slots.Add(last = YearOf(target.Indicator, target.Year, last), target);
        }
        foreach (var realisation in data.Realisations)
        {
            slots.Add(last = YearOf(realisation.Indicator, realisation.Year, last), realisation);
        }
        foreach (var component in data.Components)
        {
            slots.Add(last = YearOf(component.Indicator, component.Year, last), component);
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
    public int? LastRenstraYear(string indicator)
    {
        int? last = null;
        for (var id = lastYearOf.GetValueOrDefault(indicator, -1); id >= 0; id = slots.Next(id))
        {
            if (slots.Target(id, TargetKind.Renstra) is not null && slots.Year(id) > (last ?? 0))
            {
                last = slots.Year(id);
            }
        }
        return last;
    }

    /// <summary>What was measured of an indicator in a year, or null when nothing was.</summary>
    internal IndicatorYear? Year(string indicator, int year) =>
        Find(lastYearOf.GetValueOrDefault(indicator, -1), year) is var id and >= 0 ? new IndicatorYear(slots, id) : null;

    /// <summary>The year among an indicator's, chained from <paramref name="latest"/>; -1 when it has none.</summary>
    int Find(int latest, int year)
    {
        for (var id = latest; id >= 0; id = slots.Next(id))
        {
            if (slots.Year(id) == year)
            {
                return id;
            }
        }
        return -1;
    }

    /// <remarks>
    /// Rows of one indicator and year usually follow each other, so the previous row's year is tried before the
    /// dictionary; with a package's shared code strings that is a reference comparison.
    /// </remarks>
    int YearOf(string indicator, int year, int previous)
    {
        if (previous >= 0 && slots.Year(previous) == year && slots.Indicator(previous) == indicator)
        {
            return previous;
        }
        var latest = lastYearOf.GetValueOrDefault(indicator, -1);
        if (Find(latest, year) is var found and >= 0)
        {
            return found;
        }
        var added = slots.Add(indicator, year, next: latest);
        lastYearOf[indicator] = added;
        return added;
    }

    /// <summary>
    /// The years with a target or a realisation: indicators in package order, then those the dataset does not define
    /// (rejected by validation) by code; each indicator's years in order. Each year gets its indicator's definition.
    /// </summary>
    List<IndicatorYear> Listed(IReadOnlyList<Indicator> order)
    {
        var codes = order.Select(i => i.Code).Distinct(StringComparer.Ordinal)
            .Concat(lastYearOf.Keys.Where(code => !indicators.ContainsKey(code)).Order(StringComparer.Ordinal));
        var result = new List<IndicatorYear>(slots.Count);
        var years = new List<int>();
        Comparison<int> byYear = (a, b) => slots.Year(a).CompareTo(slots.Year(b));
        foreach (var code in codes)
        {
            years.Clear();
            for (var id = lastYearOf.GetValueOrDefault(code, -1); id >= 0; id = slots.Next(id))
            {
                if (slots.IsListed(id))
                {
                    years.Add(id);
                }
            }
            years.Sort(byYear);
            var definition = indicators.GetValueOrDefault(code);
            foreach (var id in years)
            {
                slots.Define(id, definition);
                result.Add(new IndicatorYear(slots, id));
            }
        }
        return result;
    }
}
