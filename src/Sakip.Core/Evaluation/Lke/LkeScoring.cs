using System.Globalization;
using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation.Lke;

/// <summary>
/// Scores an LKE worksheet column (PermenPAN-RB 88/2021): each sub-component is the mean of its criteria's answer
/// values times its weight, a component the sum of its sub-components, the total the sum of the components, and the
/// grade the band of the total. An unanswered criterion counts 0 (as on the paper worksheet) and is counted, so a
/// partly filled worksheet shows a score that grows as it is filled.
/// </summary>
public static class LkeScoring
{
    /// <summary>Scores <paramref name="answers"/> (criterion code → answer; unknown codes and invalid answers are ignored).</summary>
    public static LkeScore Score(LkeTemplate template, IReadOnlyDictionary<string, string?> answers, Scale grades)
    {
        var values = Values(template, answers);
        var components = template.Components.Select(c => ScoreComponent(c, values)).ToList();
        var inputs = components.Select(c => new NamedValue("K" + c.Component.Code, c.Score.Value, c.Component.Name)).ToArray();
        var total = Explained.Compute(() => components.Sum(c => c.Score.Value ?? 0m), "Nilai akhir = jumlah nilai komponen",
            string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
        return new LkeScore(components, total, total.Value is { } t ? grades.Classify(t) : null,
            values.Count, template.Criteria.Count, Violations(template, values));
    }

    /// <summary>The value of each validly answered criterion.</summary>
    public static IReadOnlyDictionary<string, decimal> Values(LkeTemplate template, IReadOnlyDictionary<string, string?> answers)
    {
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var criterion in template.Criteria)
        {
            if (answers.TryGetValue(criterion.Code, out var answer) && LkeAnswers.Value(criterion.AnswerType, answer) is { } value)
            {
                values[criterion.Code] = value;
            }
        }
        return values;
    }

    /// <summary>The logic checks the answered criteria break, in worksheet order.</summary>
    public static IReadOnlyList<LkeViolation> Violations(LkeTemplate template, IReadOnlyDictionary<string, decimal> values)
    {
        var found = new List<LkeViolation>();
        foreach (var rule in template.Rules)
        {
            if (!values.TryGetValue(rule.Criterion, out var value))
            {
                continue;
            }
            switch (rule)
            {
                case NotAboveMeanRule mean when template.SubComponent(mean.SubComponent) is { } sub:
                    var limit = Mean(sub, values);
                    if (value > limit)
                    {
                        found.Add(new LkeViolation(rule,
                            $"Nilai kriteria {rule.Criterion} ({Number(value)}) melebihi rata-rata sub-komponen {sub.Code} ({Number(limit)}); " +
                            $"nilai kriteria ini tidak boleh melebihi sub-komponen \"{sub.Name}\"."));
                    }
                    break;
                case RequiresYesRule yes when value > 0m && (!values.TryGetValue(yes.Prerequisite, out var prerequisite) || prerequisite < 1m):
                    found.Add(new LkeViolation(rule,
                        $"Kriteria {rule.Criterion} hanya dapat bernilai lebih dari 0 bila kriteria {yes.Prerequisite} dijawab Y."));
                    break;
            }
        }
        var order = template.Criteria.Select((c, i) => (c.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. found.OrderBy(v => order[v.Rule.Criterion])];
    }

    static ComponentScore ScoreComponent(LkeComponent component, IReadOnlyDictionary<string, decimal> values)
    {
        var subs = component.SubComponents.Select(s => ScoreSubComponent(s, values)).ToList();
        var inputs = subs.Select(s => new NamedValue("S" + s.SubComponent.Code, s.Score.Value, s.SubComponent.Name)).ToArray();
        var score = Explained.Compute(() => subs.Sum(s => s.Score.Value ?? 0m), $"Nilai komponen {component.Code} = jumlah nilai sub-komponen",
            string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
        return new ComponentScore(component, subs, score);
    }

    static SubComponentScore ScoreSubComponent(LkeSubComponent sub, IReadOnlyDictionary<string, decimal> values)
    {
        var answered = sub.Criteria.Count(c => values.ContainsKey(c.Code));
        var sum = sub.Criteria.Sum(c => values.GetValueOrDefault(c.Code));
        NamedValue[] meanInputs = [new("Σ", sum, "Jumlah nilai jawaban kriteria"), new("n", sub.Criteria.Count, "Jumlah kriteria")];
        var note = answered < sub.Criteria.Count ? $"{sub.Criteria.Count - answered} kriteria belum dijawab dan dihitung 0" : null;
        var mean = Explained.Of(Mean(sub, values), $"Rata-rata sub-komponen {sub.Code}", "{Σ} / {n}", meanInputs) with { Note = note };
        var score = Explained.Compute(() => mean.Value!.Value * sub.Weight, $"Nilai sub-komponen {sub.Code} = rata-rata × bobot", "{r} × {b}",
            new NamedValue("r", mean.Value, "Rata-rata nilai kriteria"), new NamedValue("b", sub.Weight, "Bobot sub-komponen")) with
        { Note = note };
        return new SubComponentScore(sub, answered, mean, score);
    }

    /// <summary>The mean answer value of a sub-component, unanswered criteria counting 0.</summary>
    static decimal Mean(LkeSubComponent sub, IReadOnlyDictionary<string, decimal> values) =>
        sub.Criteria.Sum(c => values.GetValueOrDefault(c.Code)) / sub.Criteria.Count;

    static string Number(decimal value) => Display.Value(value, CultureInfo.GetCultureInfo("id-ID"));
}
