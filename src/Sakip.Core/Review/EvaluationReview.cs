using Sakip.Core.Evaluation;

namespace Sakip.Core.Review;

/// <summary>Reviews final evaluation scores (sum of components) and printed grades.</summary>
static class EvaluationReview
{
    public static IEnumerable<Disagreement> Review(Dataset data)
    {
        var grades = data.ScaleSet().SakipGrade;
        foreach (var group in data.Evaluations.GroupBy(e => (e.Unit, e.Year)))
        {
            var rows = group.ToList();
            var final = rows.FirstOrDefault(r => r.IsFinal);
            if (final is null)
            {
                continue;
            }
            var score = EvaluationRules.FinalScore(rows);
            var key = $"{final.Unit} / {final.Year} / final score";
            var (file, line) = Reviewer.Where(final.Origin, "evaluasi.csv");
            if (rows.Any(r => !r.IsFinal) && final.Score is { } printed && !PrintedPrecision.Agrees(printed, score.Value))
            {
                var (computed, difference) = PrintedPrecision.Compare(printed, score.Value);
                yield return new Disagreement(file, line, key, "nilai", PrintedPrecision.Text(printed), computed, difference, "Nilai akhir", score);
            }
            if (!string.IsNullOrWhiteSpace(final.PrintedGrade))
            {
                var grade = EvaluationRules.Grade(score.Value, grades);
                if (!string.Equals(EvaluationRules.PrintedGradeCode(final.PrintedGrade), grade?.Label, StringComparison.Ordinal))
                {
                    yield return new Disagreement(file, line, key, "predikat_tercetak", final.PrintedGrade, grade?.Label, null, "Nilai akhir", score,
                        $"Predikat menurut skala {grades.Name}: {grade?.FullLabel ?? "di luar skala"}");
                }
            }
        }
    }
}
