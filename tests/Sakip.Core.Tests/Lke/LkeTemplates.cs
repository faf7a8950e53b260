using Sakip.Core.Evaluation.Lke;

namespace Sakip.Core.Tests.Lke;

/// <summary>Small templates for scoring tests, built through <see cref="LkeTemplate.Create"/> like every template.</summary>
static class LkeTemplates
{
    /// <summary>One component of weight 100 with one sub-component of <paramref name="criteria"/> criteria of one answer type.</summary>
    public static LkeTemplate Single(int criteria, AnswerType type) =>
        Build([new LkeComponent("1", "Komponen", 100m, [Sub("1.1", 100m, criteria, type)])], []);

    /// <summary>
    /// Two components: 1 (60) = 1.1 pemenuhan (12, 3 Y/T) + 1.2 kualitas (48, 2 A–E, limited by the mean of 1.1; 1.2.2 also
    /// needs 1.1.1 = Y); 2 (40) = 2.1 (40, 4 A–E).
    /// </summary>
    public static LkeTemplate TwoComponents() => Build(
        [
            new LkeComponent("1", "Perencanaan", 60m, [Sub("1.1", 12m, 3, AnswerType.YesNo), Sub("1.2", 48m, 2, AnswerType.Grade)]),
            new LkeComponent("2", "Pengukuran", 40m, [Sub("2.1", 40m, 4, AnswerType.Grade)]),
        ],
        [new NotAboveMeanRule("1.2.1", "1.1"), new NotAboveMeanRule("1.2.2", "1.1"), new RequiresYesRule("1.2.2", "1.1.1")]);

    public static LkeSubComponent Sub(string code, decimal weight, int criteria, AnswerType type) =>
        new(code, "Sub " + code, weight, [.. Enumerable.Range(1, criteria).Select(i => new LkeCriterion($"{code}.{i}", $"Kriteria {code}.{i}", type))]);

    static LkeTemplate Build(IReadOnlyList<LkeComponent> components, IReadOnlyList<LkeLogicRule> rules) =>
        LkeTemplate.Create("uji", "Templat uji", "Uji", 1, components, rules, out var problems)
        ?? throw new InvalidOperationException(string.Join("; ", problems));
}
