using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Docx;

namespace Sakip.Reports.Tests.Rendering;

public sealed class DocxRendererTests
{
    [Theory]
    [InlineData(PageOrientation.Portrait)]
    [InlineData(PageOrientation.Landscape)]
    public void Every_block_type_gives_a_file_the_open_xml_validator_accepts(PageOrientation orientation)
    {
        using var word = Open(SampleDocuments.Every(orientation), $"sampel-{orientation.ToString().ToLowerInvariant()}.docx");

        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        errors.ShouldBeEmpty();
    }

    [Fact]
    public void Headings_use_word_heading_styles_so_the_table_of_contents_finds_them()
    {
        using var word = Open(SampleDocuments.Every());
        var body = word.MainDocumentPart!.Document.Body!;
        var styles = word.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        styles["Heading1"].StyleName!.Val!.Value.ShouldBe("heading 1");
        styles["Heading2"].StyleName!.Val!.Value.ShouldBe("heading 2");
        styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value.ShouldBe(2);
        StyleOf(body, "BAB I PENDAHULUAN").ShouldBe("Heading1");
        StyleOf(body, "A. Latar Belakang").ShouldBe("Heading2");
        body.Descendants<FieldCode>().Select(f => f.Text.Trim()).ShouldContain("TOC \\o \"1-3\" \\h \\z \\u");
        body.Descendants<FieldCode>().Select(f => f.Text.Trim()).ShouldContain("TOC \\h \\z \\t \"Table Caption,1\"");
        word.MainDocumentPart.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>().ShouldNotBeNull();
    }

    [Fact]
    public void Tables_have_captions_repeated_headers_and_merged_cells()
    {
        using var word = Open(SampleDocuments.Every());
        var body = word.MainDocumentPart!.Document.Body!;
        var quarterly = TableAfter(body, "Tabel 3.2 Realisasi Triwulanan Tahun 2021");
        var rows = quarterly.Elements<TableRow>().ToList();

        StyleOf(body, "Tabel 3.2 Realisasi Triwulanan Tahun 2021").ShouldBe("TableCaption");
        rows.Take(2).ShouldAllBe(r => r.TableRowProperties!.GetFirstChild<TableHeader>() != null);
        rows[2].TableRowProperties!.GetFirstChild<TableHeader>().ShouldBeNull();
        rows[0].Elements<TableCell>().Select(c => c.InnerText).ShouldBe(["Indikator", "Triwulan I", "Triwulan II", "Keterangan"]);
        rows[0].Elements<TableCell>().Select(c => c.TableCellProperties!.GridSpan?.Val?.Value ?? 1).ShouldBe([1, 2, 2, 1]);
        rows[1].Elements<TableCell>().Count(c => c.TableCellProperties!.VerticalMerge is { Val: null }).ShouldBe(2);
        var capaian = TableAfter(body, "Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2021").Elements<TableRow>().ToList();
        capaian[1].Elements<TableCell>().Single().TableCellProperties!.GridSpan!.Val!.Value.ShouldBe(5);
        capaian[4].Elements<TableCell>().Last().Descendants<Justification>().Single().Val!.Value.ShouldBe(JustificationValues.Right);
    }

    [Fact]
    public void A_continued_cell_is_merged_vertically_and_details_have_no_borders()
    {
        using var word = Open(SampleDocuments.Every());
        var body = word.MainDocumentPart!.Document.Body!;
        var rows = TableAfter(body, "Tabel 3.4 Sasaran dan Indikator").Elements<TableRow>().ToList();

        MergeOf(rows[1], 1).ShouldBe("restart");
        MergeOf(rows[2], 1).ShouldBe("continue");
        MergeOf(rows[3], 1).ShouldBe("continue");
        MergeOf(rows[5], 1).ShouldBe("none");
        body.Descendants<Paragraph>().Count(p => p.InnerText == "DAFTAR ISI").ShouldBe(1);
        var details = body.Elements<Table>().Single(t => t.InnerText.StartsWith("Nama:", StringComparison.Ordinal));
        details.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!.TopBorder!.Val!.Value.ShouldBe(BorderValues.None);
    }

    static string MergeOf(TableRow row, int column) => row.Elements<TableCell>().ElementAt(column).TableCellProperties!.VerticalMerge switch
    {
        null => "none",
        { Val: null } => "continue",
        { Val: { } val } => val.Value == MergedCellValues.Restart ? "restart" : "continue",
    };

    [Fact]
    public void Charts_and_org_chart_are_png_images_and_the_footer_numbers_pages_except_the_cover()
    {
        using var word = Open(SampleDocuments.Every());
        var main = word.MainDocumentPart!;

        main.ImageParts.Count().ShouldBe(3);
        main.ImageParts.ShouldAllBe(p => p.ContentType == "image/png");
        main.FooterParts.Single().Footer!.Descendants<SimpleField>().Single().Instruction!.Value!.Trim().ShouldBe("PAGE");
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        section.GetFirstChild<TitlePage>().ShouldNotBeNull();
        section.GetFirstChild<PageSize>()!.Width!.Value.ShouldBe(11906u);
    }

    [Fact]
    public void Landscape_documents_get_a_landscape_a4_section()
    {
        using var word = Open(SampleDocuments.Every(PageOrientation.Landscape));

        var size = word.MainDocumentPart!.Document.Body!.Elements<SectionProperties>().Single().GetFirstChild<PageSize>()!;

        size.Width!.Value.ShouldBe(16838u);
        size.Orient!.Value.ShouldBe(PageOrientationValues.Landscape);
    }

    [Fact]
    public void Missing_sections_and_signatures_are_rendered()
    {
        using var word = Open(SampleDocuments.Every());
        var body = word.MainDocumentPart!.Document.Body!;

        StyleOf(body, "[Bagian ini belum diisi: Latar Belakang]").ShouldBe("MissingText");
        var signatures = body.Elements<Table>().Last();
        signatures.InnerText.ShouldContain("PIHAK PERTAMA");
        signatures.GetFirstChild<TableProperties>()!.GetFirstChild<TableBorders>()!.GetFirstChild<TopBorder>()!.Val!.Value.ShouldBe(BorderValues.None);
    }

    static WordprocessingDocument Open(ReportDocument document, string? artifact = null)
    {
        var stream = new MemoryStream();
        DocxRenderer.Render(document, stream);
        if (artifact is not null)
        {
            File.WriteAllBytes(Artifacts.Path(artifact), stream.ToArray());
        }
        stream.Position = 0;
        return WordprocessingDocument.Open(stream, false);
    }

    static string? StyleOf(Body body, string text) =>
        body.Elements<Paragraph>().Last(p => p.InnerText == text).ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    static Table TableAfter(Body body, string caption) =>
        body.Elements<Paragraph>().Last(p => p.InnerText == caption).ElementsAfter().OfType<Table>().First();
}
