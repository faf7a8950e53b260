namespace Sakip.Reports.Documents;

/// <summary>
/// A document as a sequence of blocks, independent of its format: the LKjIP, the PK and the monev report are built as
/// this, and the HTML, DOCX, XLSX and PDF renderers each render it their own way.
/// </summary>
/// <param name="Title">The document's title, e.g. "Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2021".</param>
/// <param name="FileName">A file name without extension, e.g. "LKjIP-SETDA-2021".</param>
public sealed record ReportDocument(string Title, string FileName, IReadOnlyList<Block> Blocks)
{
    public PageOrientation Orientation { get; init; } = PageOrientation.Portrait;

    /// <summary>Every numbered table, in order, for the list of tables and the XLSX sheets.</summary>
    public IEnumerable<TableBlock> Tables => Blocks.OfType<TableBlock>();

    /// <summary>The sections a unit has not written yet, listed before export and marked in the document.</summary>
    public IEnumerable<MissingText> Missing => Blocks.OfType<MissingText>();
}

public enum PageOrientation
{
    Portrait,
    Landscape,
}
