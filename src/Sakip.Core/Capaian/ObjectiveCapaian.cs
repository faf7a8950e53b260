using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Capaian;

/// <summary>Capaian of a sasaran (or tujuan): the mean of its indicators' annual capaian.</summary>
public static class ObjectiveCapaian
{
    const string Method = "Capaian sasaran = rata-rata capaian indikatornya";

    /// <remarks>Spec: indicators without capaian are left out; averages use uncapped values.</remarks>
    public static Explained<decimal?> Mean(IReadOnlyList<(string Indicator, decimal? Capaian)> indicators)
    {
        var present = indicators.Where(i => i.Capaian is not null).ToList();
        var inputs = present.Select((p, i) => new NamedValue($"C{i + 1}", p.Capaian, $"Capaian {p.Indicator}")).ToArray();
        if (present.Count == 0)
        {
            return Explained.None(Method, "belum ada indikator yang memiliki capaian");
        }
        var sum = string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}"));
        var formula = present.Count == 1 ? sum : $"({sum}) / {present.Count}";
        return Explained.Compute(() => present.Sum(p => p.Capaian!.Value) / present.Count, Method, formula, inputs);
    }

    public static Explained<decimal?> ForObjective(this CapaianCalculator calculator, string planElement, int year) =>
        Mean(calculator.Index.IndicatorsOf(planElement)
            .OrderBy(i => i.Order ?? int.MaxValue).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Select(i => (i.Code, calculator.For(i.Code, year, Period.Annual).Capaian.Value))
            .ToList());

    /// <summary>Every sasaran and year whose indicators have at least one annual capaian.</summary>
    public static IEnumerable<(string PlanElement, int Year, Explained<decimal?> Capaian)> AllObjectives(this CapaianCalculator calculator, IEnumerable<PlanElement> elements)
    {
        var years = calculator.Index.IndicatorYears.Select(k => k.Year).Distinct().Order().ToList();
        foreach (var element in elements.Where(e => e.Kind == PlanElementKind.Objective))
        {
            foreach (var year in years)
            {
                var mean = calculator.ForObjective(element.Code, year);
                if (mean.Value is not null)
                {
                    yield return (element.Code, year, mean);
                }
            }
        }
    }
}
