using Sakip.Core.Evaluation.Skm;
using Sakip.Core.Explaining;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>
/// The realisasi of a <see cref="RecapIndicator"/> for a year: the number, or percentage, of units (of all, or of its
/// <see cref="UnitGroup"/>) whose result meets the condition — grade at least <see cref="RecapIndicator.MinGrade"/>,
/// IKM of a service above the threshold, or an assessment value above it — explained with m (meeting) and n (counted)
/// and a note naming those that meet it.
/// </summary>
public static class RecapIndicatorRule
{
    public static Explained<decimal?> Realise(RecapIndicator indicator, int year, Dataset data)
    {
        var method = Method(indicator);
        IReadOnlyCollection<string>? units = null;
        if (indicator.Group is { } code)
        {
            if (data.UnitGroups.FirstOrDefault(g => g.Code == code) is not { } group)
            {
                return Explained.None(method, $"kelompok \"{code}\" tidak dikenal");
            }
            units = group.Units.ToHashSet(StringComparer.Ordinal);
        }
        if (Counted(indicator, year, data, units) is not { } counted)
        {
            return Explained.None(method, Missing(indicator));
        }
        var meeting = counted.Where(c => c.Meets).Select(c => c.Name).ToList();
        NamedValue[] inputs = [new("m", meeting.Count, Subject(indicator) + " yang memenuhi"), new("n", counted.Count, Subject(indicator) + " yang dihitung")];
        var note = $"Memenuhi ({meeting.Count} dari {counted.Count}): {RecapText.Names(meeting)}";
        if (counted.Count == 0)
        {
            return Explained.None(method, $"belum ada hasil tahun {year}" + (indicator.Group is null ? "" : $" pada kelompok {indicator.Group}"), inputs);
        }
        var figure = indicator.Measure switch
        {
            RecapMeasure.Count => Explained.Of(meeting.Count, method, "{m}", inputs),
            RecapMeasure.Percent => Explained.Of((decimal)meeting.Count / counted.Count * 100m, method, "{m} / {n} × 100", inputs),
        };
        return figure with { Note = note };
    }

    /// <summary>The years that have results of the indicator's source (evaluation scores, SKM or the assessment).</summary>
    public static IReadOnlyList<int> Years(RecapIndicator indicator, Dataset data) => indicator.Source switch
    {
        RecapSource.SakipGrade => [.. data.Evaluations.Select(e => e.Year).Distinct().Order()],
        RecapSource.Ikm => [.. data.SkmResults.Select(s => s.Year).Distinct().Order()],
        RecapSource.Assessment => [.. data.Assessments.Where(a => a.Kind == indicator.Kind).Select(a => a.Year).Distinct().Order()],
    };

    /// <summary>What is counted and whether it meets the condition; null when the condition is incomplete (no grade or threshold).</summary>
    static List<(string Name, bool Meets)>? Counted(RecapIndicator indicator, int year, Dataset data, IReadOnlyCollection<string>? units)
    {
        var scales = data.ScaleSet();
        switch (indicator.Source)
        {
            case RecapSource.SakipGrade:
                var recap = EvaluationRecap.For(year, data.Evaluations, scales.SakipGrade, units);
                var bands = scales.SakipGrade.Bands.Select(b => b.Label).ToList();
                var lowest = indicator.MinGrade is { } g ? bands.IndexOf(g) : -1;
                return lowest < 0 ? null
                    : [.. recap.Units.Select(u => (u.Unit, u.Grade is not null && bands.IndexOf(u.Grade.Label) >= lowest))];
            case RecapSource.Ikm:
                return indicator.Threshold is not { } limit ? null
                    : [.. SkmRecap.For(year, data.SkmResults, data.SkmResponses, scales.IkmQuality, limit, units).Services
                        .Where(s => s.Ikm.Value is not null).Select(s => ($"{s.Unit}/{s.Service}", SkmRecap.IsAbove(s.Ikm.Value!.Value, limit)))];
            case RecapSource.Assessment:
                return indicator.Threshold is not { } bar || indicator.Kind is not { } kind ? null
                    : [.. AssessmentRecap.For(kind, year, data.Assessments, bar, units).Units
                        .Where(a => a.Value is not null).Select(a => (a.Unit, a.Value!.Value > bar))];
            default:
                throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Source, "Unknown recap source.");
        }
    }

    static string Subject(RecapIndicator indicator) => indicator.Source == RecapSource.Ikm ? "Unit layanan" : "Instansi";

    static string Condition(RecapIndicator indicator) => indicator.Source switch
    {
        RecapSource.SakipGrade => $"nilai SAKIP minimal {indicator.MinGrade}",
        RecapSource.Ikm => $"IKM di atas {(indicator.Threshold is { } t ? RecapText.Number(t) : "?")}",
        RecapSource.Assessment => $"{AssessmentKinds.Name(indicator.Kind ?? "?")} di atas {(indicator.Threshold is { } t ? RecapText.Number(t) : "?")}",
    };

    static string Method(RecapIndicator indicator) =>
        (indicator.Measure == RecapMeasure.Count ? "Jumlah " : "Persentase ") + Subject(indicator).ToLowerInvariant() + " dengan " + Condition(indicator)
        + (indicator.Group is { } g ? $" (kelompok {g})" : "");

    static string Missing(RecapIndicator indicator) => indicator.Source switch
    {
        RecapSource.SakipGrade => "predikat minimal tidak ditentukan atau tidak ada pada skala",
        RecapSource.Ikm => "ambang IKM tidak ditentukan",
        RecapSource.Assessment => "jenis penilaian atau ambang tidak ditentukan",
    };
}
