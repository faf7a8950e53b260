using Sakip.Core.Explaining;
using Sakip.Core.Measurement;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>
/// Gives every recap indicator its annual realisasi from the recap, for each year with results and no realisasi
/// stored: a stored (typed or imported) value always wins, so a printed LKjIP figure is never replaced silently.
/// </summary>
public static class RecapRealisations
{
    /// <summary>Where the realisations and components made here say they come from.</summary>
    public const string Source = "rekap";

    /// <summary>
    /// The dataset with an annual <see cref="Realisation"/> per recap indicator and year that has recap data and none
    /// stored, and, for a percentage, its pembilang (m) and penyebut (n) as <see cref="RatioComponent"/>s when none are
    /// stored, so the capaian explanation shows m / n.
    /// </summary>
    /// <param name="inputs">
    /// The results the recaps count, when <paramref name="data"/> holds only part of them (a unit's report loads its own
    /// units, but a recap counts every unit evaluated); null: <paramref name="data"/> itself (a whole package).
    /// </param>
    public static Dataset Apply(Dataset data, Dataset? inputs = null)
    {
        var source = inputs ?? data;
        if (data.RecapIndicators.Count == 0)
        {
            return data;
        }
        var realisations = new List<Realisation>();
        var components = new List<RatioComponent>();
        foreach (var indicator in data.RecapIndicators)
        {
            foreach (var year in RecapIndicatorRule.Years(indicator, source).Where(y => Stored(data, indicator.Indicator, y) is null))
            {
                var figure = RecapIndicatorRule.Realise(indicator, year, source);
                if (figure.Value is not { } value)
                {
                    continue;
                }
                realisations.Add(new Realisation(indicator.Indicator, year, Period.Annual, value, Note: $"Dihitung dari {Source}: {figure.Method}. {figure.Note}"));
                if (indicator.Measure == RecapMeasure.Percent && !data.Components.Any(c => c.Indicator == indicator.Indicator && c.Year == year && c.Period == Period.Annual))
                {
                    components.Add(new RatioComponent(indicator.Indicator, year, Period.Annual, ComponentKind.Numerator, figure.Input("m")!.Value, Source));
                    components.Add(new RatioComponent(indicator.Indicator, year, Period.Annual, ComponentKind.Denominator, figure.Input("n")!.Value, Source));
                }
            }
        }
        return realisations.Count == 0 ? data
            : data with { Realisations = [.. data.Realisations, .. realisations], Components = [.. data.Components, .. components] };
    }

    /// <summary>The recap's figure for an indicator and year, saying when a stored realisasi is used instead of it.</summary>
    public static Explained<decimal?> Explain(RecapIndicator indicator, int year, Dataset data)
    {
        var figure = RecapIndicatorRule.Realise(indicator, year, data);
        return Stored(data, indicator.Indicator, year) is { Value: { } stored }
            ? figure with { Note = $"Realisasi tersimpan ({RecapText.Number(stored)}) dipakai; hasil rekap tidak menggantikannya. {figure.Note}" }
            : figure;
    }

    static Realisation? Stored(Dataset data, string indicator, int year) =>
        data.Realisations.FirstOrDefault(r => r.Indicator == indicator && r.Year == year && r.Period == Period.Annual);
}
