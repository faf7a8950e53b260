using Sakip.Core.Measurement;

namespace Sakip.Core.Capaian;

/// <summary>Everything measured of one indicator in one year: a view of its slots in the index.</summary>
readonly record struct IndicatorYear(YearSlots Slots, int Id)
{
    public string Indicator => Slots.Indicator(Id);

    public int Year => Slots.Year(Id);

    /// <summary>The indicator's definition, set for listed years; null when the dataset does not define the indicator.</summary>
    public Planning.Indicator? Definition => Slots.Definition(Id);

    public Target? Target(TargetKind kind) => Slots.Target(Id, kind);

    public Realisation? Realisation(Period period) => Slots.Realisation(Id, period);

    public (RatioComponent Numerator, RatioComponent Denominator)? Components(Period period) => Slots.Components(Id, period);
}
