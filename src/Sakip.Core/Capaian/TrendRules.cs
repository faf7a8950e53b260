using Sakip.Core.Explaining;
using Sakip.Core.Measurement;

namespace Sakip.Core.Capaian;

/// <summary>Comparisons of an indicator across years: change from last year and progress toward the Renstra end target.</summary>
public static class TrendRules
{
    /// <remarks>Spec: (R_t / R_{t−1} − 1) × 100 on the annual realisations; no previous value or a previous 0 → no value.</remarks>
    public static Explained<decimal?> ChangeFromLastYear(decimal? current, decimal? previous, int year)
    {
        const string method = "Perubahan dari tahun sebelumnya";
        NamedValue[] inputs = [new("Rt", current, $"Realisasi {year}"), new("Rt1", previous, $"Realisasi {year - 1}")];
        return (current, previous) switch
        {
            (null, _) => Explained.None(method, $"realisasi {year} belum ada", inputs),
            (_, null) => Explained.None(method, $"realisasi {year - 1} belum ada", inputs),
            (_, 0m) => Explained.None(method, $"realisasi {year - 1} bernilai 0", inputs),
            ({ } r, { } p) => Explained.Compute(() => (r / p - 1m) * 100m, method, "({Rt} / {Rt1} − 1) × 100", inputs),
        };
    }

    public static Explained<decimal?> ChangeFromLastYear(this CapaianCalculator calculator, string indicator, int year) =>
        ChangeFromLastYear(
            calculator.RealisationFor(indicator, year, Period.Annual).Value,
            calculator.RealisationFor(indicator, year - 1, Period.Annual).Value,
            year);

    /// <summary>
    /// Tingkat kemajuan: the capaian of the year's annual realisation against the Renstra end target, which is the
    /// <c>renstra</c> target of the last plan year (the periode_akhir of the sasaran or, as periode is required only
    /// for tujuan, of its nearest ancestor that has one; else the last year with a Renstra target).
    /// </summary>
    public static Explained<decimal?> Progress(this CapaianCalculator calculator, string indicator, int year)
    {
        const string method = "Tingkat kemajuan terhadap target akhir Renstra";
        var (endYear, endTarget) = calculator.RenstraEnd(indicator);
        if (endTarget is null)
        {
            return Explained.None(method, "target akhir Renstra belum ditetapkan");
        }
        var realisation = calculator.RealisationFor(indicator, year, Period.Annual).Value;
        var direction = calculator.Index.Indicator(indicator)?.Direction ?? Planning.Direction.Increase;
        var progress = CapaianRule.Compute(endTarget, realisation, direction);
        return progress with { Method = $"{method} ({endYear})" };
    }

    /// <summary>The Renstra end year and its target, as <see cref="Progress"/> measures against; nulls when not set.</summary>
    public static (int? Year, TargetValue? Target) RenstraEnd(this CapaianCalculator calculator, string indicator)
    {
        var index = calculator.Index;
        var endYear = PlanEndYear(index, index.Indicator(indicator)?.PlanElement) ?? index.LastRenstraYear(indicator);
        var endTarget = endYear is { } y ? calculator.ValueOf(index.Target(indicator, y, TargetKind.Renstra)) : null;
        return (endYear, endTarget);
    }

    static int? PlanEndYear(PerformanceIndex index, string? planElement)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var element = planElement is null ? null : index.PlanElement(planElement);
            element is not null && seen.Add(element.Code);
            element = element.Parent is null ? null : index.PlanElement(element.Parent))
        {
            if (element.PeriodEnd is { } end)
            {
                return end;
            }
        }
        return null;
    }
}
