using Sakip.Core;
using Sakip.Core.Fields;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>target.csv, realisasi.csv and komponen.csv against the indicators.</summary>
static class MeasurementChecks
{
    public static void Validate(Dataset data, IReadOnlySet<string> indicators, List<Problem> problems)
    {
        Located.References(data.Targets, t => t.Indicator, indicators, t => t.Origin, "indikator", "indikator", problems);
        Located.Duplicates(data.Targets, t => t.Indicator, t => (t.Indicator, t.Year, t.Kind), t => t.Origin, "jenis",
            k => $"target {k.Indicator} tahun {k.Year} jenis {Codes.Of(k.Kind)}", problems);

        Located.References(data.Realisations, r => r.Indicator, indicators, r => r.Origin, "indikator", "indikator", problems);
        Located.Duplicates(data.Realisations, r => r.Indicator, r => (r.Indicator, r.Year, r.Period), r => r.Origin, "periode",
            k => $"realisasi {k.Indicator} tahun {k.Year} periode {Codes.Of(k.Period)}", problems);

        Located.References(data.Components, c => c.Indicator, indicators, c => c.Origin, "indikator", "indikator", problems);
        Located.Duplicates(data.Components, c => c.Indicator, c => (c.Indicator, c.Year, c.Period, c.Kind), c => c.Origin, "komponen",
            k => $"komponen {Codes.Of(k.Kind)} {k.Indicator} tahun {k.Year} periode {Codes.Of(k.Period)}", problems);
        PercentValues(data, problems);
    }

    /// <summary>Warns on a value above 100 for an indicator in per cent (<see cref="Plausibility.Measured"/>); the unit is known only here.</summary>
    static void PercentValues(Dataset data, List<Problem> problems)
    {
        var percent = data.Indicators.Where(i => Plausibility.IsPercent(i.Measure)).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        if (percent.Count == 0)
        {
            return;
        }
        foreach (var target in data.Targets.Where(t => t.Value > 100 && percent.Contains(t.Indicator)))
        {
            Warn(target.Origin, Plausibility.Measured("nilai", target.Value, "%", "Nilai target"), problems);
        }
        foreach (var realisation in data.Realisations.Where(r => r.Value > 100 && percent.Contains(r.Indicator)))
        {
            Warn(realisation.Origin, Plausibility.Measured("nilai", realisation.Value, "%", "Realisasi"), problems);
        }
    }

    static void Warn(Origin? origin, IEnumerable<Problem> found, List<Problem> problems) =>
        problems.AddRange(found.Select(p => p with { Field = Located.At(origin, p.Field, "").Field }));
}
