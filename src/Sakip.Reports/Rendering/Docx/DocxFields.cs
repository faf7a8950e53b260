using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>
/// Word fields: a table of contents spans several paragraphs (begin and code in the first, end in the last). Its
/// result is filled with the entries already known, so the document reads right before Word or LibreOffice updates it.
/// </summary>
static class DocxFields
{
    public static IEnumerable<Paragraph> Contents(string instruction, IReadOnlyList<(string Style, string Text)> entries, string emptyText)
    {
        var paragraphs = new List<Paragraph>();
        var first = new Paragraph(
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(instruction) { Space = SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }));
        if (entries.Count == 0)
        {
            first.Append(new Run(new Text(emptyText)));
            first.Append(new Run(new FieldChar { FieldCharType = FieldCharValues.End }));
            return [first];
        }
        first.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = entries[0].Style }));
        first.Append(DocxText.Run(entries[0].Text));
        paragraphs.Add(first);
        foreach (var (style, text) in entries.Skip(1))
        {
            paragraphs.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }), DocxText.Run(text)));
        }
        paragraphs.Add(new Paragraph(new Run(new FieldChar { FieldCharType = FieldCharValues.End })));
        return paragraphs;
    }

    /// <summary>The footer: the page number centred.</summary>
    public static Footer PageNumberFooter() => new(new Paragraph(
        new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
        new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));
}
