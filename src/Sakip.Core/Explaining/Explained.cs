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

    /// <summary>Why a figure has no value when its arithmetic leaves the range of <see cref="decimal"/>.</summary>
    public const string TooLarge = "hasil terlalu besar untuk dihitung";

    /// <summary>
    /// A computed figure whose arithmetic runs here, so that a result beyond the range of <see cref="decimal"/>
    /// (about 7,9 × 10²⁸) gives no value with the reason instead of an exception.
    /// </summary>
    /// <remarks>
    /// Input limits (<see cref="Fields.NumberRule"/>) keep every single division in range, but a value
    /// derived from others (a ratio realisation over a tiny target) or data stored before the limits can still leave
    /// it; every rule that divides, multiplies or sums computes through this one method, so a page never fails on it.
    /// </remarks>
    public static Explained<decimal?> Compute(Func<decimal> compute, string method, string formula, params NamedValue[] inputs) =>
        Compute(compute, static c => c(), method, formula, inputs);

    /// <summary>
    /// <see cref="Compute(Func{decimal}, string, string, NamedValue[])"/> with the operands passed in, so a hot rule
    /// (capaian of every cell) can use a static lambda and allocate no closure.
    /// </summary>
    public static Explained<decimal?> Compute<TState>(TState state, Func<TState, decimal> compute, string method, string formula, params NamedValue[] inputs) =>
        Checked(state, compute) is { } value ? Of(value, method, formula, inputs) : None(method, TooLarge, inputs);

    /// <summary>The result of <paramref name="compute"/>, or null when it overflows <see cref="decimal"/>.</summary>
    public static decimal? Checked(Func<decimal> compute) => Checked(compute, static c => c());

    /// <summary>The one place an overflow becomes "no value".</summary>
    static decimal? Checked<TState>(TState state, Func<TState, decimal> compute)
    {
        ArgumentNullException.ThrowIfNull(compute);
        try
        {
            return compute(state);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>A value taken as given (read, not computed), e.g. a realisation typed by the user.</summary>
    public static Explained<decimal?> Given(decimal? value, string method, string label) =>
        value is { } v
            ? new(v, method, "{X}", [new NamedValue("X", v, label)])
            : None(method, $"{label} tidak diisi");
}
