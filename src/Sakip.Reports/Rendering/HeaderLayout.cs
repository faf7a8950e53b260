using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering;

/// <summary>One header cell: its text, the first column it covers, and how many columns and header rows it spans.</summary>
public sealed record HeaderCell(string Text, int FirstColumn, int ColumnSpan, int RowSpan);

/// <summary>
/// The header rows of a table, shared by the HTML, DOCX and XLSX renderers so they agree: neighbouring columns with the
/// same <see cref="Column.Group"/> get one cell above theirs; the other columns span both rows.
/// </summary>
public sealed record HeaderLayout(IReadOnlyList<HeaderCell> Top, IReadOnlyList<HeaderCell> Bottom)
{
    public bool HasTwoRows => Bottom.Count > 0;

    public static HeaderLayout Of(IReadOnlyList<Column> columns)
    {
        if (columns.All(c => c.Group is null))
        {
            return new(columns.Select((c, i) => new HeaderCell(c.Header, i, 1, 1)).ToList(), []);
        }
        var top = new List<HeaderCell>();
        var bottom = new List<HeaderCell>();
        for (var i = 0; i < columns.Count;)
        {
            if (columns[i].Group is not { } group)
            {
                top.Add(new HeaderCell(columns[i].Header, i, 1, 2));
                i++;
                continue;
            }
            var first = i;
            while (i < columns.Count && columns[i].Group == group)
            {
                bottom.Add(new HeaderCell(columns[i].Header, i, 1, 1));
                i++;
            }
            top.Add(new HeaderCell(group, first, i - first, 1));
        }
        return new(top, bottom);
    }
}
