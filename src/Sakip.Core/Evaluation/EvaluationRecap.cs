using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation;

/// <summary>
/// An installation-wide recap of the evaluation grades of many units in one year (e.g. LKjIP Tabel 3.13); the units
/// are ordered by score, highest first, as the table prints them.
/// </summary>
public sealed record EvaluationRecap(
    int Year,
    IReadOnlyList<(string Unit, decimal Score, Band? Grade)> Units,
    Explained<decimal?> Mean,
    Band? MeanGrade,
    IReadOnlyDictionary<string, int> CountByGrade,
    Explained<decimal?> ShareAtLeastB)
{
    /// <summary>Grades at or above B, the usual SAKIP target ("nilai SAKIP minimal B").</summary>
    static readonly HashSet<string> AtLeastB = new(["AA", "A", "BB", "B"], StringComparer.Ordinal);

    /// <summary>
    /// How many units have <paramref name="grade"/> or a better one on <paramref name="grades"/> (bands are ordered
    /// from low to high), and their share of all units with a final score; null when the scale has no such grade.
    /// </summary>
    public (int Count, Explained<decimal?> Share)? AtLeast(string grade, Scale grades)
    {
        var bands = grades.Bands.Select(b => b.Label).ToList();
        var lowest = bands.IndexOf(grade);
        if (lowest < 0)
        {
            return null;
        }
        var count = Units.Count(u => u.Grade is not null && bands.IndexOf(u.Grade.Label) >= lowest);
        var method = $"Persentase instansi dengan nilai minimal {grade}";
        var share = Units.Count == 0
            ? Explained.None(method, "belum ada nilai akhir")
            : Explained.Of((decimal)count / Units.Count * 100m, method, "{m} / {n} × 100",
                new NamedValue("m", count, $"Instansi dengan nilai minimal {grade}"), new NamedValue("n", Units.Count, "Jumlah instansi"));
        return (count, share);
    }

    /// <param name="units">The units the recap is limited to (a <see cref="UnitGroup"/>); null = every unit with a score.</param>
    public static EvaluationRecap For(int year, IReadOnlyList<EvaluationScore> scores, Scale grades, IReadOnlyCollection<string>? units = null)
    {
        var finals = scores.Where(s => s.Year == year && (units is null || units.Contains(s.Unit)))
            .GroupBy(s => s.Unit, StringComparer.Ordinal)
            .Select(g => (Unit: g.Key, Score: EvaluationRules.FinalScore([.. g]).Value))
            .Where(u => u.Score is not null)
            .Select(u => (u.Unit, Score: u.Score!.Value, Grade: grades.Classify(u.Score!.Value)))
            .OrderByDescending(u => u.Score).ThenBy(u => u.Unit, StringComparer.Ordinal)
            .ToList();
        // The sum is computed once, for the input shown and the mean; a sum beyond decimal gives no mean, not an exception.
        var total = Explained.Checked(() => finals.Sum(f => f.Score));
        NamedValue[] meanInputs = [new("Σ", total, "Jumlah nilai akhir"), new("n", finals.Count, "Jumlah instansi")];
        var mean = finals.Count == 0
            ? Explained.None("Rata-rata nilai evaluasi", "belum ada nilai akhir")
            : Explained.Compute(() => (total ?? throw new OverflowException()) / finals.Count, "Rata-rata nilai evaluasi", "{Σ} / {n}", meanInputs);
        var counts = finals.Where(f => f.Grade is not null).GroupBy(f => f.Grade!.Label).ToDictionary(g => g.Key, g => g.Count());
        var atLeastB = finals.Count(f => f.Grade is not null && AtLeastB.Contains(f.Grade.Label));
        var share = finals.Count == 0
            ? Explained.None("Persentase instansi dengan nilai minimal B", "belum ada nilai akhir")
            : Explained.Of((decimal)atLeastB / finals.Count * 100m, "Persentase instansi dengan nilai minimal B", "{m} / {n} × 100",
                new NamedValue("m", atLeastB, "Instansi dengan nilai minimal B"), new NamedValue("n", finals.Count, "Jumlah instansi"));
        return new EvaluationRecap(year, finals, mean, mean.Value is { } m ? grades.Classify(m) : null, counts, share);
    }
}
