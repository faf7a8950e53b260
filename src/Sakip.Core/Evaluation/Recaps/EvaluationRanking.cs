using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>
/// The recap of a year's evaluation scores as the coordinator prints it (LKjIP Tabel 3.13): every unit ranked by
/// final score with its grade and its change from the year before, the mean and its grade and change, and how many
/// units reached at least B, BB and A.
/// </summary>
public sealed record EvaluationRanking(
    EvaluationRecap Current,
    EvaluationRecap Previous,
    IReadOnlyList<RankedUnit> Units,
    Explained<decimal?> MeanChange,
    IReadOnlyList<GradeLevel> Levels)
{
    /// <summary>The grades a recap counts "at least" of: B is the usual SAKIP target, BB and A the next ones.</summary>
    public static IReadOnlyList<string> LevelGrades { get; } = ["B", "BB", "A"];

    public int Year => Current.Year;

    /// <param name="units">The units the recap is limited to (a <see cref="UnitGroup"/>); null = every unit with a score.</param>
    public static EvaluationRanking For(int year, IReadOnlyList<EvaluationScore> scores, Scale grades, IReadOnlyCollection<string>? units = null)
    {
        var current = EvaluationRecap.For(year, scores, grades, units);
        var previous = EvaluationRecap.For(year - 1, scores, grades, units);
        var before = previous.Units.ToDictionary(u => u.Unit, u => u.Score, StringComparer.Ordinal);
        var ranked = new List<RankedUnit>(current.Units.Count);
        for (var i = 0; i < current.Units.Count; i++)
        {
            var (unit, score, grade) = current.Units[i];
            var rank = i > 0 && current.Units[i - 1].Score == score ? ranked[i - 1].Rank : i + 1;
            var last = before.TryGetValue(unit, out var p) ? p : (decimal?)null;
            ranked.Add(new RankedUnit(rank, unit, score, grade, last, Change(year, score, last, "Nilai")));
        }
        var levels = LevelGrades.Select(g => current.AtLeast(g, grades) is { } found ? new GradeLevel(g, found.Count, found.Share) : null)
            .OfType<GradeLevel>().ToList();
        return new EvaluationRanking(current, previous, ranked, Change(year, current.Mean.Value, previous.Mean.Value, "Rata-rata nilai"), levels);
    }

    static Explained<decimal?> Change(int year, decimal? now, decimal? before, string what)
    {
        var method = $"Perubahan {what.ToLowerInvariant()} dari tahun {year - 1}";
        NamedValue[] inputs = [new("N", now, $"{what} {year}"), new("N0", before, $"{what} {year - 1}")];
        return (now, before) is (decimal n, decimal b)
            ? Explained.Compute(() => n - b, method, "{N} − {N0}", inputs)
            : Explained.None(method, $"tidak ada nilai tahun {(now is null ? year : year - 1)}", inputs);
    }
}
