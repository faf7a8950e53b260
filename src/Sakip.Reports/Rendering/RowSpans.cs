using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering;

/// <summary>How many rows a body cell covers: itself and the <see cref="Cell.Continued"/> cells straight below it.</summary>
static class RowSpans
{
    /// <returns>0 for a cell that continues the one above (the renderer leaves it to that cell), else 1 or more.</returns>
    public static int At(IReadOnlyList<Row> rows, int row, int column)
    {
        if (row > 0 && Continues(rows, row, column))
        {
            return 0;
        }
        var span = 1;
        while (row + span < rows.Count && Continues(rows, row + span, column))
        {
            span++;
        }
        return span;
    }

    /// <summary>A group row breaks a span: it crosses the whole table.</summary>
    static bool Continues(IReadOnlyList<Row> rows, int row, int column) =>
        rows[row].Kind != RowKind.Group && rows[row - 1].Kind != RowKind.Group && Captions.CellAt(rows[row], column).ContinuesAbove;
}
