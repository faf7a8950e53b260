namespace Sakip.Packages.Archives;

/// <summary>
/// Bounds on a zipped package (a ZIP of CSV files, or an XLSX, which is a zip too), so an upload cannot exhaust
/// memory: a zip bomb, thousands of entries, or an entry that expands far beyond its compressed size.
/// </summary>
/// <param name="MaxEntries">The most entries an archive may hold (a package has ten files; an XLSX a few dozen parts).</param>
/// <param name="MaxUncompressedBytes">The most bytes all entries may expand to, counted while reading, not taken from the headers.</param>
public sealed record ArchiveLimits(int MaxEntries, long MaxUncompressedBytes)
{
    public static ArchiveLimits Default { get; } = new(MaxEntries: 200, MaxUncompressedBytes: 100L * 1024 * 1024);
}
