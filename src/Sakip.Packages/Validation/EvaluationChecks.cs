using Sakip.Core;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>evaluasi.csv and rekomendasi.csv against the units.</summary>
static class EvaluationChecks
{
    public static void Validate(Dataset data, IReadOnlySet<string> units, List<Problem> problems)
    {
        Located.References(data.Evaluations, e => e.Unit, units, e => e.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.Evaluations, e => (e.Unit, e.Year, e.Component ?? ""), e => e.Origin, "komponen",
            k => k.Item3.Length == 0 ? $"nilai akhir evaluasi {k.Unit} tahun {k.Year}" : $"komponen evaluasi \"{k.Item3}\" {k.Unit} tahun {k.Year}", problems);

        Located.References(data.Recommendations, r => r.Unit, units, r => r.Origin, "instansi", "instansi", problems);
        Located.Duplicates(data.Recommendations, r => (r.Unit, r.Year, r.Number), r => r.Origin, "nomor",
            k => $"rekomendasi nomor \"{k.Number}\" {k.Unit} tahun {k.Year}", problems);
    }
}
