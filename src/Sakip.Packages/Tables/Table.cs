namespace Sakip.Packages.Tables;

/// <summary>One file of a data package, whatever its format: a name, a header and the data rows.</summary>
/// <remarks>
/// Rows that were blank, or that had a problem (wrong number of fields, broken quoting, invalid
/// text), are not in <see cref="Rows"/>; their problems are reported beside the table instead, so a
/// mapper never reads a misaligned row.
/// </remarks>
public sealed class Table
{
    private Table(string name, string source, TableHeader header, IReadOnlyList<TableRow> rows)
    {
        Name = name;
        Source = source;
        Header = header;
        Rows = rows;
    }

    /// <summary>The file name without extension, e.g. <c>realisasi</c>.</summary>
    public string Name { get; }

    /// <summary>Where the table came from, as problems should name it: <c>realisasi.csv</c> or <c>paket.xlsx[realisasi]</c>.</summary>
    public string Source { get; }

    public TableHeader Header { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    /// <summary>The cell of <paramref name="row"/> in the named column, or null when the header has no such column.</summary>
    public string? Cell(TableRow row, string column) =>
        Header.IndexOf(column) is var index and >= 0 ? row[index] : null;

    public TableProblem Problem(TableRow row, string column, string message) =>
        new(Source, row.Line, Header.IndexOf(column) is var index and >= 0 ? index + 1 : null, message);

    /// <summary>Builds a table; a row whose cell count differs from the header is a programming error.</summary>
    public static Table Create(string name, string source, TableHeader header, IReadOnlyList<TableRow> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        foreach (var row in rows)
        {
            if (row.Cells.Count != header.Count)
            {
                throw new ArgumentException(
                    $"Row at line {row.Line} has {row.Cells.Count} cells but the header has {header.Count}.", nameof(rows));
            }
        }

        return new Table(name, source, header, rows);
    }

    /// <summary>Builds a table to be written, from plain header names and cell lists.</summary>
    public static Table Create(string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) =>
        Create(name, name, TableHeader.Create(header), [.. rows.Select((cells, i) => new TableRow(i + 2, cells))]);
}
