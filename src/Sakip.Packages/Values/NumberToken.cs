namespace Sakip.Packages.Values;

/// <summary>
/// A cell recognised as a number: its sign, where its digits-and-separators core is in the trimmed
/// cell, what the separators say about the convention, and whether text followed the number
/// (<c>66 (peringkat 4)</c>).
/// </summary>
internal readonly record struct NumberToken(bool Negative, Range Core, NumberShape Shape, bool Qualified);
