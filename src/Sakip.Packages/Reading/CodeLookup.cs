using Sakip.Core;

namespace Sakip.Packages.Reading;

/// <summary>
/// The package codes of one enumeration, read in place from a cell: the same answer as <see cref="Codes.Parse{TEnum}"/>
/// (trimmed, case-insensitive), by one hash lookup instead of a scan, as a large package has codes on every row.
/// </summary>
static class CodeLookup<TEnum>
    where TEnum : struct, Enum
{
    static readonly Dictionary<string, TEnum>.AlternateLookup<ReadOnlySpan<char>> ByCode =
        Enum.GetValues<TEnum>().ToDictionary(Codes.Of, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static TEnum? Parse(ReadOnlySpan<char> code) => ByCode.TryGetValue(code.Trim(), out var value) ? value : null;
}
