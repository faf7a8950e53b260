using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>Paragraphs of plain text; line breaks in the text become Word line breaks.</summary>
static class DocxText
{
    public static Paragraph Paragraph(string? style, string text, JustificationValues? justification = null, bool bold = false, bool underline = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        if (justification is { } j)
        {
            properties.Append(new Justification { Val = j });
        }
        var paragraph = new Paragraph(properties);
        paragraph.Append(Run(text, bold, underline));
        return paragraph;
    }

    public static Run Run(string text, bool bold = false, bool underline = false)
    {
        var run = new Run();
        if (bold || underline)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (underline)
            {
                properties.Append(new Underline { Val = UnderlineValues.Single });
            }
            run.Append(properties);
        }
        var lines = XmlText.Clean(text).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
        }
        return run;
    }
}
