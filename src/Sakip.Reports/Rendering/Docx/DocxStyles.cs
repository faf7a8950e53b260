using DocumentFormat.OpenXml.Wordprocessing;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>
/// The Word styles of a report. Headings use Word's built-in names ("heading 1") so Word's own table of contents and
/// navigation pane find them; captions use "caption" (figures) and "Table Caption" (the list of tables collects it).
/// </summary>
static class DocxStyles
{
    public const string Body = "BodyText";
    public const string Draft = "DraftText";
    public const string Missing = "MissingText";
    public const string Caption = "Caption";
    public const string TableCaption = "TableCaption";
    public const string TableCaptionName = "Table Caption";
    public const string TableText = "TableText";
    public const string TableNote = "TableNote";
    public const string Cover = "CoverText";
    public const string ListTitle = "ListTitle";
    public const string Figure = "Figure";

    /// <summary>Bookman Old Style as printed LKjIPs use; Word substitutes a serif where it is missing.</summary>
    const string Font = "Bookman Old Style";

    public static Styles Create() => new(
        Defaults(),
        Paragraph("Normal", "Normal", null, new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto }), null, isDefault: true),
        Heading(1, 28, JustificationValues.Center),
        Heading(2, 24, JustificationValues.Left),
        Heading(3, 22, JustificationValues.Left),
        Paragraph(Body, "Body Text", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "120" }, new Indentation { FirstLine = "709" }, new Justification { Val = JustificationValues.Both }), null),
        Paragraph(Draft, "Draft Text", Body, new ParagraphProperties(new ParagraphBorders(new LeftBorder { Val = BorderValues.Dotted, Size = 8, Space = 4, Color = "8EAADB" })), null),
        Paragraph(Missing, "Missing Text", "Normal", new ParagraphProperties(
            new ParagraphBorders(Border<TopBorder>(), Border<LeftBorder>(), Border<BottomBorder>(), Border<RightBorder>()),
            new Shading { Val = ShadingPatternValues.Clear, Fill = "FFE699", Color = "auto" },
            new SpacingBetweenLines { Before = "60", After = "120" }), new StyleRunProperties(new Bold(), new Color { Val = "5C4300" })),
        Paragraph(Caption, "caption", "Normal", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "60", After = "200" }, new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new Bold())),
        Paragraph(TableCaption, TableCaptionName, Caption, new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "80" }), null),
        Paragraph(TableText, "Table Text", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new StyleRunProperties(new FontSize { Val = "19" }, new FontSizeComplexScript { Val = "19" })),
        Paragraph(TableNote, "Table Note", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "0" }), new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })),
        Paragraph(Cover, "Cover Text", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "120" }, new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new Bold(), new Caps())),
        Paragraph(ListTitle, "List Title", "Normal", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { After = "240" }, new Justification { Val = JustificationValues.Center }), new StyleRunProperties(new Bold(), new FontSize { Val = "26" })),
        Paragraph(Figure, "Figure", "Normal", new ParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "120" }, new Justification { Val = JustificationValues.Center }), null),
        Paragraph("TOC1", "toc 1", "Normal", new ParagraphProperties(new SpacingBetweenLines { Before = "120", After = "40" }), new StyleRunProperties(new Bold())),
        Paragraph("TOC2", "toc 2", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "440" }), null),
        Paragraph("TOC3", "toc 3", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "40" }, new Indentation { Left = "880" }), null),
        Paragraph("ListParagraph", "List Paragraph", "Normal", new ParagraphProperties(new SpacingBetweenLines { After = "60" }, new Justification { Val = JustificationValues.Both }), null),
        new Style(new StyleName { Val = "Table Grid" }, new UIPriority { Val = 59 }, new StyleTableProperties(new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" }),
            new TableCellMarginDefault(new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa }, new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa }, new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa })))
        { Type = StyleValues.Table, StyleId = "TableGrid" });

    static DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = "22" }, new FontSizeComplexScript { Val = "22" }, new Languages { Val = "id-ID" })),
        new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "276", LineRule = LineSpacingRuleValues.Auto })));

    static Style Heading(int level, int halfPoints, JustificationValues justification) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = Body },
        new UIPriority { Val = 9 },
        new PrimaryStyle(),
        new StyleParagraphProperties(
            new KeepNext(), new KeepLines(),
            new SpacingBetweenLines { Before = level == 1 ? "0" : "240", After = level == 1 ? "360" : "120" },
            new Justification { Val = justification },
            new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold(), new BoldComplexScript(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
    { Type = StyleValues.Paragraph, StyleId = $"Heading{level}" };

    static Style Paragraph(string id, string name, string? basedOn, ParagraphProperties? paragraph, StyleRunProperties? run, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        style.Append(new StyleName { Val = name });
        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }
        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(new StyleParagraphProperties(paragraph.ChildElements.Select(e => e.CloneNode(true))));
        }
        if (run is not null)
        {
            style.Append(run);
        }
        return style;
    }

    static T Border<T>() where T : BorderType, new() => new() { Val = BorderValues.Single, Size = 6, Space = 4, Color = "C59100" };
}
