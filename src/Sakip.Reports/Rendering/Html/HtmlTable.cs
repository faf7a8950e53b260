using System.Globalization;
using System.Text;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering.Html;

/// <summary>A <see cref="TableBlock"/> as a bordered HTML table: caption above, header rows repeated on each printed page.</summary>
static class HtmlTable
{
    public static void Append(StringBuilder html, TableBlock table)
    {
        var anchor = Captions.Anchor("tabel", table.Number);
        html.Append(CultureInfo.InvariantCulture, $"<table class=\"data\" id=\"{anchor}\"><caption>{HtmlRenderer.E(Captions.Of(table))}</caption>");
        Widths(html, table.Columns);
        Header(html, table.Columns);
        html.Append("<tbody>");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Row(html, table.Columns, table.Rows, r);
        }
        html.Append("</tbody></table>\n");
        if (table.Notes.Count > 0)
        {
            html.Append("<div class=\"notes\">");
            foreach (var note in table.Notes)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{HtmlRenderer.E(note)}</p>");
            }
            html.Append("</div>\n");
        }
    }

    /// <summary>Relative widths become percentages, rounded to whole percent so no inline style is needed beyond classes.</summary>
    static void Widths(StringBuilder html, IReadOnlyList<Column> columns)
    {
        var total = columns.Sum(c => Math.Max(c.Width, 0.1m));
        html.Append("<colgroup>");
        foreach (var column in columns)
        {
            var percent = (int)Math.Round(Math.Max(column.Width, 0.1m) / total * 100, MidpointRounding.AwayFromZero);
            html.Append(CultureInfo.InvariantCulture, $"<col class=\"w{Math.Clamp(percent, 1, 100)}\">");
        }
        html.Append("</colgroup>");
    }

    static void Header(StringBuilder html, IReadOnlyList<Column> columns)
    {
        var layout = HeaderLayout.Of(columns);
        html.Append("<thead>");
        foreach (var cells in layout.HasTwoRows ? new[] { layout.Top, layout.Bottom } : [layout.Top])
        {
            html.Append("<tr>");
            foreach (var cell in cells)
            {
                var span = (cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : "") + (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "");
                html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"{span}>{HtmlRenderer.E(cell.Text)}</th>");
            }
            html.Append("</tr>");
        }
        html.Append("</thead>");
    }

    static void Row(StringBuilder html, IReadOnlyList<Column> columns, IReadOnlyList<Row> rows, int index)
    {
        var row = rows[index];
        if (row.Kind == RowKind.Group)
        {
            var text = row.Cells.Count > 0 ? row.Cells[0].Text : "";
            html.Append(CultureInfo.InvariantCulture, $"<tr class=\"group\"><td colspan=\"{Math.Max(1, columns.Count)}\">{HtmlRenderer.E(text)}</td></tr>");
            return;
        }
        html.Append(row.Kind == RowKind.Total ? "<tr class=\"total\">" : "<tr>");
        for (var i = 0; i < columns.Count; i++)
        {
            var span = RowSpans.At(rows, index, i);
            if (span == 0)
            {
                continue;
            }
            var rowSpan = span > 1 ? $" rowspan=\"{span}\"" : "";
            var cell = Captions.CellAt(row, i);
            var align = columns[i].Align switch
            {
                CellAlign.Left => "",
                CellAlign.Center => " class=\"c\"",
                CellAlign.Right => " class=\"r\"",
            };
            var title = cell.Explanation is { } explanation ? $" title=\"{HtmlRenderer.E(explanation)}\"" : "";
            html.Append(CultureInfo.InvariantCulture, $"<td{align}{rowSpan}{title}>{HtmlRenderer.E(cell.Text)}</td>");
        }
        html.Append("</tr>");
    }
}
