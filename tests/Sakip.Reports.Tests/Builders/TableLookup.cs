using Sakip.Reports.Documents;

namespace Sakip.Reports.Tests.Builders;

/// <summary>Reads a table as a person does: the row that names something, the column under a header.</summary>
internal static class TableLookup
{
    public static Cell Cell(this TableBlock table, string rowLabel, string header)
    {
        var column = table.Columns.ToList().FindIndex(c => c.Header == header);
        column.ShouldBeGreaterThanOrEqualTo(0, $"no column \"{header}\" in {string.Join(" | ", table.Columns.Select(c => c.Header))}");
        var row = table.Rows.SingleOrDefault(r => r.Cells.Any(c => c.Text == rowLabel));
        row.ShouldNotBeNull($"no row \"{rowLabel}\" in table {table.Number}");
        return row.Cells[column];
    }

    public static string Text(this TableBlock table, string rowLabel, string header) => table.Cell(rowLabel, header).Text;

    /// <summary>Every row has as many cells as there are columns, except group rows, which span the table.</summary>
    public static void ShouldBeRectangular(this TableBlock table)
    {
        foreach (var row in table.Rows.Where(r => r.Kind != RowKind.Group))
        {
            row.Cells.Count.ShouldBe(table.Columns.Count, $"a row of table {table.Number} \"{table.Caption}\": {string.Join(" | ", row.Cells.Select(c => c.Text))}");
        }
    }
}
