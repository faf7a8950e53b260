namespace Sakip.Core.Explaining;

/// <summary>A computed figure together with how it was computed.</summary>
/// <param name="Value">The unrounded result; null when the rule computes no value.</param>
/// <param name="Method">The rule that was applied, in Bahasa Indonesia.</param>
/// <param name="Formula">
/// The formula with each input written as <c>{Symbol}</c>, e.g. <c>(2 × {T} − {R}) / {T} × 100</c>;
/// empty when no value was computed.
/// </param>
/// <param name="Inputs">The named inputs the formula refers to.</param>
/// <param name="Note">Why no value was computed, or a remark on the method (e.g. a floor applied).</param>
public sealed record Explained<T>(T Value, string Method, string Formula, IReadOnlyList<NamedValue> Inputs, string? Note = null)
{
    public decimal? Input(string symbol) => Inputs.FirstOrDefault(i => i.Symbol == symbol)?.Value;
}

/// <summary>Factories for <see cref="Explained{T}"/> of decimal figures.</summary>
public static class Explained
{
    public static Explained<decimal?> Of(decimal value, string method, string formula, params NamedValue[] inputs) =>
        new(value, method, formula, inputs);

    public static Explained<decimal?> None(string method, string reason, params NamedValue[] inputs) =>
        new(null, method, "", inputs, reason);

    /// <summary>A value taken as given (read, not computed), e.g. a realisation typed by the user.</summary>
    public static Explained<decimal?> Given(decimal? value, string method, string label) =>
        value is { } v
            ? new(v, method, "{X}", [new NamedValue("X", v, label)])
            : None(method, $"{label} tidak diisi");
}
