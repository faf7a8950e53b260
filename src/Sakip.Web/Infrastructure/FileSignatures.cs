using System.IO.Compression;

namespace Sakip.Web.Infrastructure;

/// <summary>Whether a file's bytes are of the type its extension claims, so a renamed program or text is not taken.</summary>
/// <remarks>
/// A PDF starts with <c>%PDF-</c> (ISO 32000 lets readers find it within the first 1024 bytes, but every producer
/// writes it first, and a file that does not is refused rather than guessed at), PNG with its 8-byte signature, JPEG
/// with the SOI marker FF D8 FF. XLSX and DOCX are ZIP archives (ECMA-376 Open Packaging): they must open as a ZIP and
/// hold <c>[Content_Types].xml</c> and their main folder (<c>xl/</c>, <c>word/</c>). A data package ZIP must open as a
/// ZIP; its CSV files are then read and checked by the package reader.
/// </remarks>
public static class FileSignatures
{
    static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    static readonly byte[] ZipEntry = [0x50, 0x4B, 0x03, 0x04];
    static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];

    /// <summary>True when <paramref name="content"/> (seekable; read from its start) is a file of <paramref name="extension"/>.</summary>
    public static bool Matches(Stream content, string extension) => extension.ToLowerInvariant() switch
    {
        ".pdf" => StartsWith(content, Pdf),
        ".png" => StartsWith(content, Png),
        ".jpg" or ".jpeg" => StartsWith(content, Jpeg),
        ".xlsx" => ZipHolds(content, "xl/"),
        ".docx" => ZipHolds(content, "word/"),
        ".zip" => ZipHolds(content, null),
        _ => false,
    };

    static bool StartsWith(Stream content, byte[] signature)
    {
        content.Position = 0;
        Span<byte> head = stackalloc byte[signature.Length];
        return content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(signature);
    }

    /// <summary>Opens the archive's directory (not its entries' contents) and looks for the expected parts.</summary>
    static bool ZipHolds(Stream content, string? folder)
    {
        // A local file header, or the end record of an empty archive; anything else is not a ZIP at all.
        if (!StartsWith(content, ZipEntry) && !StartsWith(content, EmptyZip))
        {
            return false;
        }
        content.Position = 0;
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return folder is null
                || (zip.Entries.Any(e => e.FullName == "[Content_Types].xml") && zip.Entries.Any(e => e.FullName.StartsWith(folder, StringComparison.Ordinal)));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            return false;
        }
    }
}
