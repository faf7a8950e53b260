using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering.Html;

/// <summary>The headings (with their anchors) and tables of a document, for the table of contents and the list of tables.</summary>
sealed record Outline(IReadOnlyList<(HeadingBlock Heading, string Anchor)> Headings, IReadOnlyList<TableBlock> Tables)
{
    public static Outline Of(ReportDocument document) => new(
        document.Blocks.OfType<HeadingBlock>().Select((h, i) => (h, "bagian_" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList(),
        document.Tables.ToList());

    /// <summary>The anchor of a heading; found by reference, so two headings with the same text keep their own anchors.</summary>
    public string AnchorOf(HeadingBlock heading) => Headings.First(h => ReferenceEquals(h.Heading, heading)).Anchor;
}
