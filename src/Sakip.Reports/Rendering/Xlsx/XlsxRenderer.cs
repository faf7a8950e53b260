using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Reports.Documents;
using Column = Sakip.Reports.Documents.Column;
using Row = Sakip.Reports.Documents.Row;

namespace Sakip.Reports.Rendering.Xlsx;

/// <summary>
/// Renders every table of a document to its own sheet: the caption, the header (two rows where columns are grouped,
/// merged as printed), the rows and the notes. A figure is written as a number (its exact <see cref="Documents.Cell.Value"/>), all
/// else as an inline string, so a text such as "=1+1" from a narrative stays text and never becomes a formula.
/// </summary>
public static class XlsxRenderer
{
    public static void Render(ReportDocument document, Stream output)
    {
        using var excel = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = excel.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var names = new SheetNames();
        var tables = document.Tables.ToList();
        if (tables.Count == 0)
        {
            tables.Add(new TableBlock("", document.Title, [new Column("Keterangan")], [Row.Of("Dokumen ini tidak memuat tabel.")]));
        }
        uint id = 1;
        foreach (var table in tables)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = XlsxSheet.Of(table);
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = names.Next(table.Number.Length > 0 ? table.SheetName : "Dokumen") });
        }
        excel.PackageProperties.Title = XmlText.Clean(document.Title);
    }
}
