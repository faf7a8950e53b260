using System.Globalization;
using System.IO.Compression;
using Sakip.Core.Problems;

namespace Sakip.Packages.Archives;

/// <summary>
/// Reads the entries of a zip into memory within <see cref="ArchiveLimits"/>. Nothing is ever extracted to disk,
/// so a name such as <c>../../etc/passwd</c> in the archive is only a name.
/// </summary>
static class ArchiveReader
{
    /// <summary>The file entries (folders skipped) with their bytes, or null after adding the problem that stopped the read.</summary>
    public static List<(string Name, MemoryStream Content)>? ReadEntries(Stream stream, string archiveName, ArchiveLimits limits, List<Problem> problems)
    {
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                problems.Add(new Problem(archiveName, string.Create(CultureInfo.InvariantCulture,
                    $"arsip berisi {zip.Entries.Count} entri; paling banyak {limits.MaxEntries}")));
                return null;
            }
            var entries = new List<(string, MemoryStream)>();
            var budget = limits.MaxUncompressedBytes;
            foreach (var entry in zip.Entries.Where(e => !e.FullName.EndsWith('/')))
            {
                if (Copy(entry, budget) is not { } content)
                {
                    problems.Add(new Problem(archiveName, string.Create(CultureInfo.InvariantCulture,
                        $"isi arsip melebihi {limits.MaxUncompressedBytes / (1024 * 1024)} MB setelah diekstrak (kemungkinan bom zip); paket ditolak")));
                    return null;
                }
                budget -= content.Length;
                entries.Add((entry.FullName, content));
            }
            return entries;
        }
        catch (InvalidDataException)
        {
            problems.Add(new Problem(archiveName, "bukan arsip ZIP yang dapat dibaca (berkas rusak atau format lain)"));
            return null;
        }
    }

    /// <summary>The entry's bytes, or null as soon as they exceed the remaining budget (the header's size is not trusted).</summary>
    static MemoryStream? Copy(ZipArchiveEntry entry, long budget)
    {
        if (entry.Length > budget)
        {
            return null;
        }
        using var source = entry.Open();
        var content = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = source.Read(buffer)) > 0)
        {
            if (content.Length + read > budget)
            {
                content.Dispose();
                return null;
            }
            content.Write(buffer, 0, read);
        }
        content.Position = 0;
        return content;
    }
}
