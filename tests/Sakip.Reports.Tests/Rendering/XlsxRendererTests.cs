using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Xlsx;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;

namespace Sakip.Reports.Tests.Rendering;

public sealed class XlsxRendererTests
{
    [Fact]
    public void Every_table_is_one_sheet_named_for_excel_and_the_file_validates()
    {
        using var excel = Open(SampleDocuments.Every(), "sampel.xlsx");

        var names = excel.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();

        names.ShouldBe(["Tabel 3.1", "Tabel 3.2", "Tabel 3.3", "Tabel 3.4"]);
        new OpenXmlValidator().Validate(excel).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
    }

    [Fact]
    public void Caption_comes_first_then_the_header_with_grouped_columns_merged()
    {
        using var excel = Open(SampleDocuments.Every());

        var sheet = Sheet(excel, "Tabel 3.2");

        Text(sheet, "A1").ShouldBe("Tabel 3.2 Realisasi Triwulanan Tahun 2021");
        Text(sheet, "B2").ShouldBe("Triwulan I");
        Text(sheet, "B3").ShouldBe("Target");
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ShouldBe(["A1:F1", "A2:A3", "B2:C2", "D2:E2", "F2:F3"]);
    }

    [Fact]
    public void A_continued_cell_is_merged_with_the_one_above()
    {
        using var excel = Open(SampleDocuments.Every());

        var sheet = Sheet(excel, "Tabel 3.4");

        Text(sheet, "B3").ShouldBe("Sasaran satu");
        sheet.Descendants<MergeCell>().Select(m => m.Reference!.Value).ShouldBe(["A1:C1", "A3:A5", "B3:B5", "A6:C6"]);
    }

    [Fact]
    public void Figures_are_numbers_and_text_is_never_a_formula()
    {
        using var excel = Open(SampleDocuments.Every());
        var quarterly = Sheet(excel, "Tabel 3.2");
        var budget = Sheet(excel, "Tabel 3.3");

        Cell(quarterly, "C4").DataType!.Value.ShouldBe(CellValues.Number);
        Cell(quarterly, "C4").CellValue!.Text.ShouldBe("20.5");
        Cell(budget, "C4").CellValue!.Text.ShouldBe("5820000000.50");
        Cell(quarterly, "E4").DataType!.Value.ShouldBe(CellValues.InlineString);
        Text(quarterly, "F4").ShouldBe("=1+1");
        Cell(quarterly, "F4").DataType!.Value.ShouldBe(CellValues.InlineString);
        excel.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()).ShouldBeEmpty();
    }

    [Fact]
    public void A_document_without_tables_still_gives_a_workbook_excel_opens()
    {
        using var excel = Open(new ReportDocument("Kosong", "kosong", [new ParagraphBlock("Tanpa tabel.")]));

        excel.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single().Name!.Value.ShouldBe("Dokumen");
    }

    static SpreadsheetDocument Open(ReportDocument document, string? artifact = null)
    {
        var stream = new MemoryStream();
        XlsxRenderer.Render(document, stream);
        if (artifact is not null)
        {
            File.WriteAllBytes(Artifacts.Path(artifact), stream.ToArray());
        }
        stream.Position = 0;
        return SpreadsheetDocument.Open(stream, false);
    }

    static Worksheet Sheet(SpreadsheetDocument excel, string name)
    {
        var id = excel.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name).Id!.Value!;
        return ((WorksheetPart)excel.WorkbookPart.GetPartById(id)).Worksheet;
    }

    static Cell Cell(Worksheet sheet, string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    static string Text(Worksheet sheet, string reference) => Cell(sheet, reference).InlineString!.InnerText;
}
