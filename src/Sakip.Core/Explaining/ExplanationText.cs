using System.Globalization;
using System.Text;

namespace Sakip.Core.Explaining;

/// <summary>
/// Renders an explanation for people, e.g. <c>Capaian = (2 × 10 − 12) / 10 × 100 = 80,00 %</c>.
/// The culture is a parameter so Core never reads the ambient one.
/// </summary>
public static class ExplanationText
{
    public static string Symbolic(Explained<decimal?> figure) =>
        Replace(figure.Formula, figure.Inputs, i => i.Symbol);

    public static string Substituted(Explained<decimal?> figure, CultureInfo culture) =>
        Replace(figure.Formula, figure.Inputs, i => Display.Value(i.Value, culture));

    /// <summary>The one-line explanation: <c>name = formula with values = result unit</c>.</summary>
    public static string Sentence(string name, Explained<decimal?> figure, CultureInfo culture, string unit = "")
    {
        if (figure.Value is not { } value)
        {
            return $"{name} tidak dihitung: {figure.Note}";
        }
        var suffix = unit.Length == 0 ? "" : " " + unit;
        var result = Display.Number(value, culture);
        return figure.Formula == "{X}"
            ? $"{name} = {result}{suffix}"
            : $"{name} = {Substituted(figure, culture)} = {result}{suffix}";
    }

    public static string Legend(Explained<decimal?> figure, CultureInfo culture)
    {
        var text = new StringBuilder();
        foreach (var input in figure.Inputs)
        {
            if (text.Length > 0)
            {
                text.Append("; ");
            }
            text.Append(culture, $"{input.Symbol} = {input.Label} = {Display.Value(input.Value, culture)}");
        }
        return text.ToString();
    }

    static string Replace(string formula, IReadOnlyList<NamedValue> inputs, Func<NamedValue, string> render)
    {
        var text = formula;
        foreach (var input in inputs)
        {
            text = text.Replace("{" + input.Symbol + "}", render(input), StringComparison.Ordinal);
        }
        return text;
    }
}
