namespace Sakip.Packages.Values;

/// <summary>
/// A cell recognised as a number: its sign, the digits-and-separators core, what the separators
/// say about the convention, and whether text followed the number (<c>66 (peringkat 4)</c>).
/// </summary>
internal readonly record struct NumberToken(bool Negative, string Core, NumberShape Shape, bool Qualified);
