namespace Sakip.Packages.Tables;

/// <summary>One file of a data package, whatever its format: a name, a header and the data rows.</summary>
/// <remarks>
/// Rows that were blank, or that had a problem (wrong number of fields, broken quoting, invalid
/// text), are not in <see cref="Rows"/>; their problems are reported beside the table instead, so a
/// mapper never reads a misaligned row. Rows are kept as text and made into <see cref="TableRow"/>s on
/// access, so two reads of <c>Rows[i]</c> give equal cells but not the same object.
/// </remarks>
public sealed class Table
{
    private readonly TableRows _rows;

    private Table(string name, string source, TableHeader header, TableRows rows)
    {
        Name = name;
        Source = source;
        Header = header;
        _rows = rows;
    }

    /// <summary>The file name without extension, e.g. <c>realisasi</c>.</summary>
    public string Name { get; }

    /// <summary>Where the table came from, as problems should name it: <c>realisasi.csv</c> or <c>paket.xlsx[realisasi]</c>.</summary>
    public string Source { get; }

    public TableHeader Header { get; }

    public IReadOnlyList<TableRow> Rows => _rows;

    /// <summary>The number of data rows.</summary>
    internal int RowCount => _rows.Count;

    /// <summary>The physical line (or sheet row) of the data row at <paramref name="row"/> (0-based).</summary>
    internal int LineOf(int row) => _rows.Line(row);

    /// <summary>The text of one cell, read in place: the way mappers read a large table without a string per cell.</summary>
    internal ReadOnlySpan<char> CellText(int row, int column) => _rows.Cell(row, column);

    /// <summary>The cell of <paramref name="row"/> in the named column, or null when the header has no such column.</summary>
    public string? Cell(TableRow row, string column) =>
        Header.IndexOf(column) is var index and >= 0 ? row[index] : null;

    public TableProblem Problem(TableRow row, string column, string message) =>
        new(Source, row.Line, Header.IndexOf(column) is var index and >= 0 ? index + 1 : null, message);

    /// <summary>Builds a table; a row whose cell count differs from the header is a programming error.</summary>
    public static Table Create(string name, string source, TableHeader header, IReadOnlyList<TableRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var stored = new TableRows(header.Count);
        foreach (var row in rows)
        {
            if (row.Cells.Count != header.Count)
            {
                throw new ArgumentException(
                    $"Row at line {row.Line} has {row.Cells.Count} cells but the header has {header.Count}.", nameof(rows));
            }

            stored.Add(row.Line, row.Cells);
        }

        return new Table(name, source, header, stored);
    }

    /// <summary>Builds a table from rows already checked against the header (see <see cref="TableBuilder"/>).</summary>
    internal static Table FromRows(string name, string source, TableHeader header, TableRows rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new Table(name, source, header, rows);
    }

    /// <summary>Builds a table to be written, from plain header names and cell lists.</summary>
    public static Table Create(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Create(name, name, TableHeader.Create(header), [.. rows.Select((cells, i) => new TableRow(i + 2, cells))]);
}
