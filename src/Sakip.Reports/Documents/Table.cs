namespace Sakip.Reports.Documents;

/// <summary>
/// A table column. Columns with the same <paramref name="Group"/> next to each other share a header cell above theirs
/// (e.g. "Triwulan I" over Target, Realisasi, Capaian).
/// </summary>
/// <param name="Width">Relative width; the renderer shares the page width in proportion.</param>
public sealed record Column(string Header, CellAlign Align = CellAlign.Left, decimal Width = 1, string? Group = null);

public enum CellAlign
{
    Left,
    Center,
    Right,
}

/// <summary>A table row; a group row spans the table (e.g. a sasaran heading), a total row is bold.</summary>
public sealed record Row(IReadOnlyList<Cell> Cells, RowKind Kind = RowKind.Normal)
{
    public static Row Of(params Cell[] cells) => new(cells);

    public static Row Group(string text) => new([new Cell(text)], RowKind.Group);
}

public enum RowKind
{
    Normal,
    Group,
    Total,
}

/// <summary>
/// A cell: the text as printed (already formatted by <see cref="Formatting.IdFormat"/>), and for a figure the exact
/// value, which XLSX writes as a number. <paramref name="Explanation"/> says how the figure was computed (shown as a
/// tooltip in HTML).
/// </summary>
public sealed record Cell(string Text, decimal? Value = null, string? Explanation = null)
{
    /// <summary>The cell continues the one above it (a sasaran over its indicator rows): renderers merge them into one.</summary>
    public bool ContinuesAbove { get; init; }

    public static Cell Continued => new("") { ContinuesAbove = true };

    public static implicit operator Cell(string text) => new(text);
}
