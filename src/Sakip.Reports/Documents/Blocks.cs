namespace Sakip.Reports.Documents;

/// <summary>One piece of a <see cref="ReportDocument"/>; the renderers switch on the concrete type.</summary>
public abstract record Block;

/// <summary>
/// The cover page: the title lines (without the year: the renderers print "TAHUN {Year}" once under them), the unit,
/// its parent (the pemda) and, at the bottom, where the document was issued.
/// </summary>
public sealed record CoverBlock(IReadOnlyList<string> TitleLines, string UnitName, string? ParentName, int Year) : Block
{
    /// <summary>The place (and month when known) printed at the foot of the cover, e.g. "SAMARINDA".</summary>
    public string? Imprint { get; init; }
}

/// <summary>A heading; level 1 is a chapter (BAB I PENDAHULUAN), 2 a section (A. Latar Belakang), 3 a subsection.</summary>
public sealed record HeadingBlock(int Level, string Text) : Block;

/// <summary>A paragraph of running text. <paramref name="Generated"/> marks a draft sentence the engine wrote from the figures.</summary>
public sealed record ParagraphBlock(string Text, bool Generated = false) : Block
{
    /// <summary>A centred bold line under a title, e.g. the unit's name under "PERJANJIAN KINERJA TAHUN 2021".</summary>
    public bool Subtitle { get; init; }
}

/// <summary>A bulleted (or numbered) list.</summary>
public sealed record ListBlock(IReadOnlyList<string> Items, bool Numbered = false) : Block;

/// <summary>
/// A narrative section the unit has not written: rendered as a visible marker ("[Bagian ini belum diisi: …]") so an
/// unfinished document cannot pass for a finished one.
/// </summary>
public sealed record MissingText(string Section) : Block;

/// <summary>A numbered table with its caption, e.g. number "3.4", caption "Capaian Kinerja Sasaran 1 Tahun 2021".</summary>
public sealed record TableBlock(string Number, string Caption, IReadOnlyList<Column> Columns, IReadOnlyList<Row> Rows) : Block
{
    /// <summary>Lines printed under the table: sources, footnotes, how a figure was computed.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A sheet name for XLSX (at most 31 characters, unique in the document), e.g. "Tabel 3.4".</summary>
    public string SheetName => $"Tabel {Number}";
}

/// <summary>A numbered chart; the renderers draw it (PNG in DOCX/PDF, the same image in HTML).</summary>
public sealed record ChartBlock(string Number, string Caption, ChartKind Kind, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series) : Block
{
    /// <summary>The value axis label, e.g. "Capaian (%)".</summary>
    public string? ValueLabel { get; init; }

    /// <summary>The category axis label, e.g. "Nomor indikator (Tabel 3.5)" when the categories are the table's numbers.</summary>
    public string? CategoryLabel { get; init; }

    /// <summary>A horizontal reference line, e.g. 100 for capaian.</summary>
    public decimal? ReferenceLine { get; init; }
}

public enum ChartKind
{
    Bar,
    Line,
}

/// <summary>One series of a chart; a null value is drawn as a gap, never as zero.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>An organisation chart (struktur organisasi) drawn from the unit tree; the renderers draw the boxes.</summary>
public sealed record OrgChartBlock(string Number, string Caption, OrgNode Root) : Block;

/// <summary>A box of the organisation chart: the unit's name and the units under it.</summary>
public sealed record OrgNode(string Name, IReadOnlyList<OrgNode> Children);

/// <summary>Signature blocks side by side (PK: pihak kedua left, pihak pertama right), with the place and date above the right one.</summary>
public sealed record SignatureBlock(string? PlaceAndDate, IReadOnlyList<Signatory> Signatories) : Block;

/// <summary>One signature: the role line ("PIHAK PERTAMA"), the position, the name and the NIP line.</summary>
public sealed record Signatory(string Role, string Position, string Name, string? NipLine);

/// <summary>
/// Labelled lines aligned in two columns without borders ("Nama : …", "Jabatan : …"), as the PK statement names
/// its parties.
/// </summary>
public sealed record DetailsBlock(IReadOnlyList<Detail> Lines) : Block;

/// <summary>One line of a <see cref="DetailsBlock"/>: the label and its value.</summary>
public sealed record Detail(string Label, string Value);

/// <summary>The table of contents (its heading is the document's own), filled by the renderer from the headings (Word updates its page numbers).</summary>
public sealed record TableOfContentsBlock : Block;

/// <summary>The list of tables (Daftar Tabel; its heading is the document's own), filled by the renderer from the table captions.</summary>
public sealed record ListOfTablesBlock : Block;

/// <summary>Starts a new page.</summary>
public sealed record PageBreakBlock : Block;
