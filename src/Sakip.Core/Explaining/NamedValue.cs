namespace Sakip.Core.Explaining;

/// <summary>One input of a computed figure: its symbol in the formula, its value and what it is.</summary>
/// <param name="Symbol">The placeholder used in <see cref="Explained{T}.Formula"/>, e.g. <c>R</c>.</param>
/// <param name="Value">The value; null when the input is missing.</param>
/// <param name="Label">What the symbol stands for, in Bahasa Indonesia, e.g. <c>Realisasi</c>.</param>
public sealed record NamedValue(string Symbol, decimal? Value, string Label);
