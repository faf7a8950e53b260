using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation;

/// <summary>Final SAKIP evaluation scores and grades.</summary>
public static class EvaluationRules
{
    /// <summary>
    /// The final score of a unit and year: the sum of its component scores when components are given
    /// (spec "Built-in rules"), else the final score as given.
    /// </summary>
    public static Explained<decimal?> FinalScore(IReadOnlyList<EvaluationScore> scoresOfUnitYear)
    {
        var components = scoresOfUnitYear.Where(s => !s.IsFinal).ToList();
        if (components.Count == 0)
        {
            var final = scoresOfUnitYear.FirstOrDefault(s => s.IsFinal);
            return Explained.Given(final?.Score, "Nilai akhir evaluasi sesuai LHE", "Nilai akhir");
        }
        const string method = "Nilai akhir = jumlah nilai komponen";
        var inputs = components.Select((c, i) => new NamedValue($"K{i + 1}", c.Score, c.Component!)).ToArray();
        if (components.Any(c => c.Score is null))
        {
            return Explained.None(method, "ada nilai komponen yang kosong", inputs);
        }
        return Explained.Compute(() => components.Sum(c => c.Score!.Value), method, string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
    }

    /// <summary>The grade band (AA…D) of a score on the given scale, or null when the score is outside it.</summary>
    public static Band? Grade(decimal? score, Scale scale) => score is { } s ? scale.Classify(s) : null;

    /// <summary>The code of a printed grade: the text before <c>/</c> or the first space (<c>BB/Sangat Baik</c> → <c>BB</c>).</summary>
    public static string PrintedGradeCode(string printed)
    {
        var text = printed.Trim();
        var end = text.IndexOfAny(['/', ' ']);
        return end < 0 ? text : text[..end];
    }
}
