using DocumentFormat.OpenXml.Wordprocessing;
using Sakip.Reports.Documents;
using Column = Sakip.Reports.Documents.Column;

namespace Sakip.Reports.Rendering.Docx;

/// <summary>
/// A <see cref="TableBlock"/> as a Word table: borders, grey header rows that repeat on every page, a group column
/// header merged across its columns, the other headers merged down both rows, group rows merged across the table.
/// </summary>
static class DocxTables
{
    const string HeaderFill = "D9D9D9";
    const string GroupFill = "F2F2F2";

    public static Table Data(TableBlock block, int textWidth)
    {
        var widths = Widths(block.Columns, textWidth);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "TableGrid" },
                new TableWidth { Width = textWidth.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        foreach (var row in HeaderRows(block.Columns, widths))
        {
            table.Append(row);
        }
        for (var r = 0; r < block.Rows.Count; r++)
        {
            table.Append(BodyRow(block.Columns, widths, block.Rows, r));
        }
        return table;
    }

    static IEnumerable<TableRow> HeaderRows(IReadOnlyList<Column> columns, int[] widths)
    {
        var layout = HeaderLayout.Of(columns);
        var top = HeaderRow();
        foreach (var cell in layout.Top)
        {
            var merge = layout.HasTwoRows && cell.RowSpan == 2 ? new VerticalMerge { Val = MergedCellValues.Restart } : null;
            top.Append(Cell(cell.Text, Span(widths, cell.FirstColumn, cell.ColumnSpan), cell.ColumnSpan, JustificationValues.Center, bold: true, HeaderFill, merge));
        }
        yield return top;
        if (!layout.HasTwoRows)
        {
            yield break;
        }
        var bottom = HeaderRow();
        for (var i = 0; i < columns.Count; i++)
        {
            var continued = columns[i].Group is null;
            bottom.Append(Cell(continued ? "" : columns[i].Header, widths[i], 1, JustificationValues.Center, bold: true, HeaderFill, continued ? new VerticalMerge() : null));
        }
        yield return bottom;
    }

    static TableRow HeaderRow() => new(new TableRowProperties(new CantSplit(), new TableHeader()));

    static TableRow BodyRow(IReadOnlyList<Column> columns, int[] widths, IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
        if (row.Kind == RowKind.Group)
        {
            var text = row.Cells.Count > 0 ? row.Cells[0].Text : "";
            tableRow.Append(Cell(text, widths.Sum(), columns.Count, JustificationValues.Left, bold: true, GroupFill, null));
            return tableRow;
        }
        var total = row.Kind == RowKind.Total;
        for (var i = 0; i < columns.Count; i++)
        {
            var merge = RowSpans.At(rows, index, i) switch
            {
                0 => new VerticalMerge(),
                1 => null,
                _ => new VerticalMerge { Val = MergedCellValues.Restart },
            };
            tableRow.Append(Cell(Captions.CellAt(row, i).Text, widths[i], 1, Justify(columns[i].Align), total, total ? GroupFill : null, merge));
        }
        return tableRow;
    }

    static TableCell Cell(string text, int width, int span, JustificationValues justification, bool bold, string? fill, VerticalMerge? merge)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }
        if (merge is not null)
        {
            properties.Append(merge);
        }
        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }
        properties.Append(new TableCellVerticalAlignment { Val = fill == HeaderFill ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top });
        return new TableCell(properties, DocxText.Paragraph(DocxStyles.TableText, text, justification, bold));
    }

    /// <summary>Labelled lines as a borderless table: label, colon, value, so the colons align ("Nama    : …").</summary>
    public static Table Details(DetailsBlock block, int textWidth)
    {
        int[] widths = [textWidth / 5, textWidth / 30, textWidth - textWidth / 5 - textWidth / 30];
        var table = new Table(
            new TableProperties(new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa }, NoBorders(), new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        foreach (var line in block.Lines)
        {
            var row = new TableRow(new TableRowProperties(new CantSplit()));
            foreach (var (text, width) in new[] { line.Label, ":", line.Value }.Zip(widths))
            {
                row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }),
                    DocxText.Paragraph(null, text, JustificationValues.Left, false)));
            }
            table.Append(row);
        }
        if (block.Lines.Count == 0)
        {
            table.Append(new TableRow(new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(widths[0]), Type = TableWidthUnitValues.Dxa }), new Paragraph()),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(widths[1]), Type = TableWidthUnitValues.Dxa }), new Paragraph()),
                new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(widths[2]), Type = TableWidthUnitValues.Dxa }), new Paragraph())));
        }
        return table;
    }

    static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None }, new LeftBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None }, new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None });

    /// <summary>A borderless table of signatures side by side; the place and date stand above the last (pihak pertama).</summary>
    public static Table Signatures(SignatureBlock block, int textWidth)
    {
        var count = Math.Max(1, block.Signatories.Count);
        var width = textWidth / count;
        var none = NoBorders();
        var table = new Table(
            new TableProperties(new TableWidth { Width = Twips(width * count), Type = TableWidthUnitValues.Dxa }, none, new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, count).Select(_ => new GridColumn { Width = Twips(width) })));
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        for (var i = 0; i < block.Signatories.Count; i++)
        {
            var s = block.Signatories[i];
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }));
            var place = i == block.Signatories.Count - 1 ? block.PlaceAndDate ?? "" : "";
            cell.Append(DocxText.Paragraph(null, place, JustificationValues.Center, false));
            cell.Append(DocxText.Paragraph(null, s.Role, JustificationValues.Center, true));
            cell.Append(DocxText.Paragraph(null, s.Position, JustificationValues.Center, false));
            for (var blank = 0; blank < 4; blank++)
            {
                cell.Append(DocxText.Paragraph(null, "", JustificationValues.Center, false));
            }
            cell.Append(DocxText.Paragraph(null, s.Name, JustificationValues.Center, true, underline: true));
            if (s.NipLine is { } nip)
            {
                cell.Append(DocxText.Paragraph(null, nip, JustificationValues.Center, false));
            }
            row.Append(cell);
        }
        if (block.Signatories.Count == 0)
        {
            row.Append(new TableCell(new TableCellProperties(new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa }), new Paragraph()));
        }
        table.Append(row);
        return table;
    }

    /// <summary>Relative widths shared out of the text width in whole twips.</summary>
    static int[] Widths(IReadOnlyList<Column> columns, int textWidth)
    {
        var total = columns.Sum(c => Math.Max(c.Width, 0.1m));
        return [.. columns.Select(c => (int)(Math.Max(c.Width, 0.1m) / total * textWidth))];
    }

    static int Span(int[] widths, int first, int count) => widths.Skip(first).Take(count).Sum();

    static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static JustificationValues Justify(CellAlign align) => align switch
    {
        CellAlign.Left => JustificationValues.Left,
        CellAlign.Center => JustificationValues.Center,
        CellAlign.Right => JustificationValues.Right,
    };
}
