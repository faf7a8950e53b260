using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Column = Sakip.Reports.Documents.Column;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering;
using Sakip.Reports.Rendering.Docx;
using Sakip.Reports.Rendering.Html;
using Sakip.Reports.Rendering.Xlsx;

namespace Sakip.Reports.Tests.Rendering;

/// <summary>Odd documents a builder may produce from odd data: every renderer must still give a file that opens.</summary>
public sealed class ExtremeDocumentTests
{
    static ReportDocument Odd() => new("Dokumen\u0001 aneh", "aneh",
    [
        new HeadingBlock(0, "Tingkat nol"),
        new HeadingBlock(7, "Tingkat tujuh \u000b dengan tab\tdan baris\nbaru"),
        new ParagraphBlock(new string('x', 3000)),
        new ParagraphBlock("Surrogat tunggal \ud800 dan emoji 😀"),
        new ListBlock([]),
        new ListBlock([], Numbered: true),
        new TableBlock("", "Tanpa kolom", [], []),
        new TableBlock("1", "Tanpa baris", [new Column("A")], []),
        new TableBlock("1", "Nomor kembar, baris lebih panjang dari kolom", [new Column("A", Group: "G")], [Row.Of("1", "2", "3"), new Row([], RowKind.Group), new Row([], RowKind.Total)]),
        new ChartBlock("2", "Kosong", ChartKind.Bar, [], []),
        new ChartBlock("3", "Seri lebih pendek", ChartKind.Line, ["A", "B", "C"], [new ChartSeries("S", [1m]), new ChartSeries("T", [79228162514264337593543950335m, -79228162514264337593543950335m, 0m, 5m])]),
        new OrgChartBlock("4", "Satu kotak", new OrgNode("", [])),
        new SignatureBlock(null, []),
        new TableOfContentsBlock(),
        new ListOfTablesBlock(),
    ]);

    [Fact]
    public void Html_renders_and_encodes()
    {
        var html = HtmlRenderer.Render(Odd());

        html.ShouldContain("Tanpa kolom");
    }

    [Fact]
    public void Docx_opens_and_validates()
    {
        using var stream = new MemoryStream();
        DocxRenderer.Render(Odd(), stream);
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);

        new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        // Word refuses a table without a column or a row even though the schema allows one.
        word.MainDocumentPart!.Document.Body!.Descendants<Table>().ShouldAllBe(t => t.Elements<TableGrid>().Single().Elements<GridColumn>().Any() && t.Elements<TableRow>().Any());
    }

    [Fact]
    public void Xlsx_opens_and_validates()
    {
        using var stream = new MemoryStream();
        XlsxRenderer.Render(Odd(), stream);
        stream.Position = 0;
        using var excel = SpreadsheetDocument.Open(stream, false);

        new OpenXmlValidator().Validate(excel).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        excel.WorkbookPart!.Workbook.Sheets!.ChildElements.Count.ShouldBe(3);
    }

    [Fact]
    public async Task Pdf_prints()
    {
        await using var renderer = new ReportRenderer();
        using var stream = new MemoryStream();

        await renderer.RenderAsync(Odd(), ReportFormat.Pdf, stream);

        stream.Length.ShouldBeGreaterThan(1000);
        await File.WriteAllBytesAsync(Artifacts.Path("aneh.pdf"), stream.ToArray());
    }
}
