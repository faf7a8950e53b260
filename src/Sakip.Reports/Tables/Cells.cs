using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Reports.Documents;
using Sakip.Reports.Formatting;

namespace Sakip.Reports.Tables;

/// <summary>How the table models turn figures into cells: formatted by <see cref="IdFormat"/>, explained the engine's way.</summary>
public static class Cells
{
    public static Cell Number(int number) => new(IdFormat.Count(number) + ".");

    public static Cell Count(int count) => new(IdFormat.Count(count), count);

    public static Cell Percent(Explained<decimal?> figure, string name) =>
        new(IdFormat.Percent(figure.Value), figure.Value, ExplanationText.Sentence(name, figure, IdFormat.Culture, "%"));

    public static Cell Change(Explained<decimal?> figure, string name) =>
        new(IdFormat.Change(figure.Value), figure.Value, ExplanationText.Sentence(name, figure, IdFormat.Culture));

    public static Cell Amount(Explained<decimal?> figure, string name) =>
        new(IdFormat.Amount(figure.Value), figure.Value, ExplanationText.Sentence(name, figure, IdFormat.Culture));

    public static Cell Amount(decimal? amount) => new(IdFormat.Amount(amount), amount);

    public static Cell Value(decimal? value) => new(IdFormat.Value(value), value);

    /// <summary>A realised value: the figure the engine uses, with the text as printed when the data keeps one ("3,0885 *)").</summary>
    public static Cell Realisation(Explained<decimal?> figure, string? printed) =>
        new(string.IsNullOrWhiteSpace(printed) ? RealisationText(figure) : printed, figure.Value,
            ExplanationText.Sentence("Realisasi", figure, IdFormat.Culture));

    /// <summary>
    /// A realisation as given keeps its own decimals (3,0885); one the engine computed (28 / 37 × 100, a mean of
    /// quarters) has two, as the report prints it (75,68), the exact value staying in the cell.
    /// </summary>
    public static string RealisationText(Explained<decimal?> figure) =>
        figure.Formula == "{X}" ? IdFormat.Value(figure.Value) : IdFormat.Percent(figure.Value);

    /// <summary>A target as printed ("66 (peringkat 4)"), else its value, a range as "80 – 90"; "-" when there is none.</summary>
    public static Cell Target(Target? target) => target switch
    {
        null => new Cell("-"),
        { Text: { } text } when !string.IsNullOrWhiteSpace(text) => new Cell(text, target.Value),
        { Value: { } min, Max: { } max } => new Cell($"{IdFormat.Value(min)} – {IdFormat.Value(max)}", min),
        _ => Value(target.Value),
    };

    /// <summary>A target the engine resolved (PK, else Renstra), with which one it was.</summary>
    public static Cell Target(TargetValue? target, string? basis) => target switch
    {
        null => new Cell("-"),
        { Max: { } max } => new Cell($"{IdFormat.Value(target.Min)} – {IdFormat.Value(max)}", target.Min, basis),
        _ => new Cell(IdFormat.Value(target.Min), target.Min, basis),
    };

    public static Cell Text(string? text) => new(string.IsNullOrWhiteSpace(text) ? "-" : text);
}
