namespace Sakip.Core.Evaluation;

/// <summary>
/// One answered criterion of a unit's LKE worksheet of a year (lke.csv): the unit's self-assessment (nilai usulan) and
/// the evaluator's value (nilai penetapan), as Y/T or A–E.
/// </summary>
/// <param name="Template">The template code the worksheet uses, e.g. <c>permenpanrb_88_2021</c>.</param>
/// <param name="Criterion">The criterion code in that template, e.g. <c>1.2.3</c>.</param>
public sealed record LkeAnswerRecord(string Unit, int Year, string Template, string Criterion, string? SelfAnswer, string? EvaluatorAnswer, string? Note)
{
    public Origin? Origin { get; init; }
}
