using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Web.Features.Evaluasi;

/// <summary>
/// A unit's evaluation scores of its last years side by side (as LKjIP Tabel 3.1): each component per year, the change of
/// the last year from the one before, the final score and its grade.
/// </summary>
public sealed record UnitEvaluationHistory(IReadOnlyList<int> Years, IReadOnlyList<UnitEvaluationHistory.Line> Components, UnitEvaluationHistory.Line Final, IReadOnlyList<Band?> Grades)
{
    public const int YearsShown = 4;

    /// <param name="Scores">Per year (same order as <see cref="Years"/>), null where the year has none.</param>
    /// <param name="Change">Last year minus the year before, in points.</param>
    public sealed record Line(string Name, decimal? Weight, IReadOnlyList<decimal?> Scores, Explained<decimal?> Change);

    public static UnitEvaluationHistory For(string unit, IReadOnlyList<EvaluationScore> scores, Scale grades)
    {
        var own = scores.Where(s => s.Unit == unit).ToList();
        var years = own.Select(s => s.Year).Distinct().OrderDescending().Take(YearsShown).Order().ToList();
        var names = own.Where(s => !s.IsFinal && years.Contains(s.Year)).Select(s => s.Component!).Distinct().ToList();
        var components = names.Select(n => Of(n, own.Where(s => s.Component == n).Select(s => s.Weight).LastOrDefault(w => w is not null),
            [.. years.Select(y => own.FirstOrDefault(s => s.Year == y && s.Component == n)?.Score)])).ToList();
        var finals = years.Select(y => EvaluationRules.FinalScore([.. own.Where(s => s.Year == y)]).Value).ToList();
        return new UnitEvaluationHistory(years, components, Of("Nilai akhir", 100m, finals), [.. finals.Select(f => EvaluationRules.Grade(f, grades))]);
    }

    static Line Of(string name, decimal? weight, List<decimal?> perYear)
    {
        const string method = "Perubahan dari tahun sebelumnya";
        var change = perYear.Count >= 2 && perYear[^1] is { } now && perYear[^2] is { } before
            ? Explained.Compute(() => now - before, method, "{N} − {N0}", new NamedValue("N", now, "Tahun terakhir"), new NamedValue("N0", before, "Tahun sebelumnya"))
            : Explained.None(method, "tidak ada nilai dua tahun terakhir");
        return new Line(name, weight, perYear, change);
    }
}
