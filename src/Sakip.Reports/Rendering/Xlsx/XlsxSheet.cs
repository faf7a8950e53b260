using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Reports.Documents;
using Cell = DocumentFormat.OpenXml.Spreadsheet.Cell;
using Column = DocumentFormat.OpenXml.Spreadsheet.Column;
using Columns = DocumentFormat.OpenXml.Spreadsheet.Columns;
using Row = DocumentFormat.OpenXml.Spreadsheet.Row;

namespace Sakip.Reports.Rendering.Xlsx;

/// <summary>One table as one worksheet, with the header frozen so it stays in view while scrolling.</summary>
static class XlsxSheet
{
    public static Worksheet Of(TableBlock table)
    {
        var columnCount = Math.Max(1, table.Columns.Count);
        var data = new SheetData();
        var merges = new List<string>();
        uint rowIndex = 1;
        data.Append(TextRow(rowIndex, Captions.Of(table), XlsxStyles.Caption));
        merges.Add($"A1:{Reference(columnCount - 1, 1)}");
        rowIndex++;
        var layout = HeaderLayout.Of(table.Columns);
        var headerRows = layout.HasTwoRows ? 2u : 1u;
        var top = new Row { RowIndex = rowIndex };
        var bottom = new Row { RowIndex = rowIndex + 1 };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var head = layout.Top.FirstOrDefault(h => h.FirstColumn == c);
            var topText = head?.Text ?? "";
            top.Append(Text(c, rowIndex, topText, XlsxStyles.Header));
            if (layout.HasTwoRows)
            {
                bottom.Append(Text(c, rowIndex + 1, layout.Bottom.FirstOrDefault(h => h.FirstColumn == c)?.Text ?? "", XlsxStyles.Header));
            }
        }
        foreach (var head in layout.Top.Where(h => h.ColumnSpan > 1 || h.RowSpan > 1))
        {
            merges.Add($"{Reference(head.FirstColumn, rowIndex)}:{Reference(head.FirstColumn + head.ColumnSpan - 1, rowIndex + (uint)head.RowSpan - 1)}");
        }
        data.Append(top);
        if (layout.HasTwoRows)
        {
            data.Append(bottom);
        }
        rowIndex += headerRows;
        var freezeAt = rowIndex;
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            data.Append(Body(table.Columns, row, rowIndex));
            for (var c = 0; c < table.Columns.Count; c++)
            {
                if (RowSpans.At(table.Rows, r, c) is > 1 and var span)
                {
                    merges.Add($"{Reference(c, rowIndex)}:{Reference(c, rowIndex + (uint)span - 1)}");
                }
            }
            if (row.Kind == Documents.RowKind.Group && columnCount > 1)
            {
                merges.Add($"{Reference(0, rowIndex)}:{Reference(columnCount - 1, rowIndex)}");
            }
            rowIndex++;
        }
        foreach (var note in table.Notes)
        {
            data.Append(TextRow(++rowIndex, note, XlsxStyles.Note));
        }
        var sheet = new Worksheet(Views(freezeAt), Widths(table), data);
        sheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        return sheet;
    }

    static Row Body(IReadOnlyList<Documents.Column> columns, Documents.Row row, uint rowIndex)
    {
        var excelRow = new Row { RowIndex = rowIndex };
        if (row.Kind == Documents.RowKind.Group)
        {
            excelRow.Append(Text(0, rowIndex, row.Cells.Count > 0 ? row.Cells[0].Text : "", XlsxStyles.Group));
            for (var c = 1; c < columns.Count; c++)
            {
                excelRow.Append(Text(c, rowIndex, "", XlsxStyles.Group));
            }
            return excelRow;
        }
        var total = row.Kind == Documents.RowKind.Total;
        for (var c = 0; c < columns.Count; c++)
        {
            var cell = Captions.CellAt(row, c);
            excelRow.Append(cell.Value is { } value
                ? new Cell(new CellValue(value)) { CellReference = Reference(c, rowIndex), DataType = CellValues.Number, StyleIndex = XlsxStyles.Number(value, total) }
                : Text(c, rowIndex, cell.Text, total ? XlsxStyles.TotalText : XlsxStyles.Text));
        }
        return excelRow;
    }

    static Row TextRow(uint rowIndex, string text, uint style) => new(Text(0, rowIndex, text, style)) { RowIndex = rowIndex };

    static Cell Text(int column, uint row, string text, uint style) => new(new InlineString(new Text(XmlText.Clean(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }))
    {
        CellReference = Reference(column, row),
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    static SheetViews Views(uint firstBodyRow) => new(new SheetView(
        new Pane { VerticalSplit = firstBodyRow - 1, TopLeftCell = Reference(0, firstBodyRow), ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
    { WorkbookViewId = 0 });

    /// <summary>Column widths in characters from the longest text in each column, between 8 and 50 (long texts wrap).</summary>
    static Columns Widths(TableBlock table)
    {
        var columns = new Columns();
        for (var c = 0; c < Math.Max(1, table.Columns.Count); c++)
        {
            var longest = table.Rows.Where(r => r.Kind != Documents.RowKind.Group).Select(r => Captions.CellAt(r, c).Text.Length)
                .Append(c < table.Columns.Count ? table.Columns[c].Header.Length : 0).Max();
            var width = Math.Clamp(longest + 2, 8, 50);
            columns.Append(new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = width, CustomWidth = true });
        }
        return columns;
    }

    /// <summary>"A1"-style reference from a zero-based column and a one-based row.</summary>
    internal static string Reference(int column, uint row)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }
}
