using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Charts;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>
/// Renders a document as an editable Word file: Word styles (Heading 1–3, caption), a table of contents and a list of
/// tables as fields Word updates, bordered tables whose header repeats, charts and the organisation chart as PNG, page
/// numbers in the footer, no number on the cover. Agencies finish and sign this file, so it must open cleanly.
/// </summary>
public static class DocxRenderer
{
    public static void Render(ReportDocument document, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = word.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = DocxStyles.Create();
        main.AddNewPart<DocumentSettingsPart>().Settings = new Settings(new UpdateFieldsOnOpen { Val = true });
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = DocxFields.PageNumberFooter();
        var page = DocxPage.For(document.Orientation);
        var body = new Body();
        var lists = new DocxLists();
        var images = new DocxImages(main, page);
        for (var i = 0; i < document.Blocks.Count; i++)
        {
            var next = i + 1 < document.Blocks.Count ? document.Blocks[i + 1] : null;
            foreach (var element in Block(document, document.Blocks[i], next, page, lists, images))
            {
                body.Append(element);
            }
        }
        body.Append(page.Section(main.GetIdOfPart(footer), titlePage: document.Blocks.Count > 0 && document.Blocks[0] is CoverBlock));
        if (lists.Numbering() is { } numbering)
        {
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
        }
        main.Document = new Document(body);
        word.PackageProperties.Title = XmlText.Clean(document.Title);
        word.PackageProperties.Language = "id-ID";
    }

    static IEnumerable<OpenXmlElement> Block(ReportDocument document, Block block, Block? next, DocxPage page, DocxLists lists, DocxImages images)
    {
        switch (block)
        {
            case CoverBlock cover:
                return Cover(cover, breakAfter: next is not PageBreakBlock);
            case HeadingBlock heading:
                return [DocxText.Paragraph($"Heading{Math.Clamp(heading.Level, 1, 3)}", heading.Text)];
            case ParagraphBlock { Subtitle: true } paragraph:
                return [DocxText.Paragraph(DocxStyles.Body, paragraph.Text, JustificationValues.Center, bold: true)];
            case ParagraphBlock paragraph:
                return [DocxText.Paragraph(paragraph.Generated ? DocxStyles.Draft : DocxStyles.Body, paragraph.Text)];
            case ListBlock list:
                return lists.Items(list);
            case MissingText missing:
                return [DocxText.Paragraph(DocxStyles.Missing, Captions.MissingMarker(missing))];
            case TableBlock { Columns.Count: 0 } table:
                // Word reports a table without columns as a damaged file; the caption still says the table is there.
                return [DocxText.Paragraph(DocxStyles.TableCaption, Captions.Of(table)), DocxText.Paragraph(DocxStyles.TableNote, "(tabel tanpa kolom)")];
            case TableBlock table:
                return [
                    DocxText.Paragraph(DocxStyles.TableCaption, Captions.Of(table)),
                    DocxTables.Data(table, page.TextWidth),
                    .. table.Notes.Select(n => DocxText.Paragraph(DocxStyles.TableNote, n)),
                    DocxText.Paragraph(DocxStyles.TableNote, ""),
                ];
            case ChartBlock chart:
                return [images.Picture(ChartImages.Png(chart), chart.Caption, page.Landscape ? 0.7 : 1), DocxText.Paragraph(DocxStyles.Caption, Captions.Of(chart))];
            case OrgChartBlock org:
                return [images.Picture(OrgChartImages.Png(org), org.Caption), DocxText.Paragraph(DocxStyles.Caption, Captions.Of(org))];
            case SignatureBlock signature:
                return [DocxTables.Signatures(signature, page.TextWidth), new Paragraph()];
            case DetailsBlock details:
                return [DocxTables.Details(details, page.TextWidth), new Paragraph()];
            case TableOfContentsBlock:
                return [
                    .. DocxFields.Contents(" TOC \\o \"1-3\" \\h \\z \\u ",
                        [.. document.Blocks.OfType<HeadingBlock>().Select(h => ($"TOC{Math.Clamp(h.Level, 1, 3)}", h.Text))],
                        "Daftar isi belum diperbarui: klik kanan lalu pilih Perbarui Bidang."),
                ];
            case ListOfTablesBlock:
                return [
                    .. DocxFields.Contents($" TOC \\h \\z \\t \"{DocxStyles.TableCaptionName},1\" ",
                        [.. document.Tables.Select(t => ("TOC2", Captions.Of(t)))],
                        "Tidak ada tabel."),
                ];
            case PageBreakBlock:
                return [PageBreak()];
            default:
                throw new NotSupportedException($"No DOCX rendering for {block.GetType().Name}.");
        }
    }

    static IEnumerable<OpenXmlElement> Cover(CoverBlock cover, bool breakAfter)
    {
        var spacer = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "2400" }));
        yield return spacer;
        foreach (var line in cover.TitleLines)
        {
            yield return Sized(DocxText.Paragraph(DocxStyles.Cover, line), 36);
        }
        yield return Sized(DocxText.Paragraph(DocxStyles.Cover, $"TAHUN {cover.Year}"), 32);
        yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "4800" }));
        yield return Sized(DocxText.Paragraph(DocxStyles.Cover, cover.UnitName), 28);
        if (cover.ParentName is { } parent)
        {
            yield return Sized(DocxText.Paragraph(DocxStyles.Cover, parent), 26);
        }
        if (cover.Imprint is { } imprint)
        {
            yield return new Paragraph(new ParagraphProperties(new SpacingBetweenLines { Before = "2400" }));
            yield return Sized(DocxText.Paragraph(DocxStyles.Cover, imprint), 26);
        }
        if (breakAfter)
        {
            yield return PageBreak();
        }
    }

    static Paragraph Sized(Paragraph paragraph, int halfPoints)
    {
        foreach (var run in paragraph.Elements<Run>())
        {
            var size = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.RunProperties ??= new RunProperties();
            run.RunProperties.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
        }
        return paragraph;
    }

    /// <summary>A page break whose paragraph mark, left at the top of the next page, is one point high.</summary>
    static Paragraph PageBreak() => new(
        new ParagraphProperties(new SpacingBetweenLines { Before = "0", After = "0", Line = "20", LineRule = LineSpacingRuleValues.Exact }, new ParagraphMarkRunProperties(new FontSize { Val = "2" })),
        new Run(new Break { Type = BreakValues.Page }));
}
