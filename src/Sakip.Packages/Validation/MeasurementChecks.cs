using Sakip.Core;
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
    }
}
