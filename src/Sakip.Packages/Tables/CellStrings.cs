namespace Sakip.Packages.Tables;

/// <summary>
/// Returns one shared string for repeated short cell values: a fixed-size, direct-mapped cache where a
/// value that collides simply replaces the older one.
/// </summary>
/// <remarks>
/// Package files repeat the same few values on every row (indicator codes, years, periods, common
/// numbers): a million-row realisasi.csv holds about 40,000 distinct indicator codes in 7 million cells.
/// Sharing them keeps a table to two objects per row instead of one per cell, which is most of the
/// garbage collector's work when a large package is read, and lets the mapped records share their codes.
/// The cache is bounded, so a file of unique values costs a lookup per cell and nothing more.
/// </remarks>
internal sealed class CellStrings
{
    /// <summary>Longer cells (descriptions, notes) rarely repeat exactly; they are not cached.</summary>
    public const int MaxLength = 48;

    private const int Slots = 1 << 16;

    private readonly string?[] _slots = new string?[Slots];

    public string Get(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        if (text.Length > MaxLength)
        {
            return new string(text);
        }

        ref var slot = ref _slots[string.GetHashCode(text) & (Slots - 1)];
        if (slot is null || !text.SequenceEqual(slot))
        {
            slot = new string(text);
        }

        return slot;
    }
}
