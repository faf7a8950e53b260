namespace Sakip.Core.Evaluation.Lke;

/// <summary>The answers a criterion accepts and the value each stands for (PermenPAN-RB 88/2021, Lampiran).</summary>
public static class LkeAnswers
{
    static readonly IReadOnlyList<(string Answer, decimal Value)> YesNo = [("Y", 1m), ("T", 0m)];
    static readonly IReadOnlyList<(string Answer, decimal Value)> Grade =
        [("A", 1m), ("B", 0.75m), ("C", 0.5m), ("D", 0.25m), ("E", 0m)];

    /// <summary>The answers of a type with their values, best first.</summary>
    public static IReadOnlyList<(string Answer, decimal Value)> Options(AnswerType type) =>
        type == AnswerType.YesNo ? YesNo : Grade;

    /// <summary>The value of an answer (case and surrounding spaces ignored), or null when the type does not accept it.</summary>
    public static decimal? Value(AnswerType type, string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }
        var text = answer.Trim();
        foreach (var (option, value) in Options(type))
        {
            if (string.Equals(option, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>The canonical spelling of an answer (<c>y</c> → <c>Y</c>), or null when the type does not accept it.</summary>
    public static string? Normalise(AnswerType type, string? answer) =>
        Value(type, answer) is null ? null : answer!.Trim().ToUpperInvariant();

    /// <summary>The answers of a type as a user reads them, e.g. <c>Y/T</c> or <c>A/B/C/D/E</c>.</summary>
    public static string Describe(AnswerType type) => string.Join('/', Options(type).Select(o => o.Answer));
}
