using Sakip.Core.Measurement;

namespace Sakip.Core.Capaian;

/// <summary>Everything measured of one indicator in one year: its targets by kind, its realisations and ratio components by period.</summary>
/// <remarks>
/// The index keeps one of these per indicator and year rather than a dictionary entry per target, realisation and
/// component, so a calculation finds all its inputs with one lookup. As in a dictionary, a later record of the same
/// kind or period replaces an earlier one (validation reports such duplicates). Enum values without a name are not kept.
/// </remarks>
sealed class IndicatorYear(string indicator, int year)
{
    static readonly int TargetKinds = Enum.GetValues<TargetKind>().Length;
    static readonly int PeriodCount = Enum.GetValues<Period>().Length;

    readonly Target?[] targets = new Target?[TargetKinds];
    Realisation?[]? realisations;
    RatioComponent?[]? numerators;
    RatioComponent?[]? denominators;

    public string Indicator => indicator;

    public int Year => year;

    /// <summary>True once the year has a target or a realisation: what lists it among the index's indicator years.</summary>
    public bool IsListed { get; private set; }

    /// <summary>The indicator's definition, set for listed years; null when the dataset does not define the indicator.</summary>
    public Planning.Indicator? Definition { get; internal set; }

    public Target? Target(TargetKind kind) => (uint)kind < (uint)targets.Length ? targets[(int)kind] : null;

    public Realisation? Realisation(Period period) => (uint)period < (uint)PeriodCount ? realisations?[(int)period] : null;

    public (RatioComponent Numerator, RatioComponent Denominator)? Components(Period period) =>
        (uint)period < (uint)PeriodCount && numerators?[(int)period] is { } p && denominators?[(int)period] is { } q ? (p, q) : null;

    public void Add(Target target)
    {
        if ((uint)target.Kind < (uint)targets.Length)
        {
            targets[(int)target.Kind] = target;
        }
        IsListed = true;
    }

    public void Add(Realisation realisation)
    {
        if ((uint)realisation.Period < (uint)PeriodCount)
        {
            (realisations ??= new Realisation?[PeriodCount])[(int)realisation.Period] = realisation;
        }
        IsListed = true;
    }

    /// <remarks>Components alone do not list a year: without a target or a realisation row there is nothing to report for it.</remarks>
    public void Add(RatioComponent component)
    {
        if ((uint)component.Period >= (uint)PeriodCount)
        {
            return;
        }
        var into = component.Kind == ComponentKind.Numerator
            ? numerators ??= new RatioComponent?[PeriodCount]
            : denominators ??= new RatioComponent?[PeriodCount];
        into[(int)component.Period] = component;
    }
}
