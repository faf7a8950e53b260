using System.Globalization;

namespace Sakip.Packages.Tables;

/// <summary>Assembles a <see cref="Table"/> from a header and rows read by a format-specific reader.</summary>
internal sealed class TableBuilder(string name, string source, ProblemLog problems)
{
    private TableRows? _rows;
    private TableHeader? _header;
    private bool _headerSeen;

    public string Source => source;

    public ProblemLog Problems => problems;

    public bool HasHeader => _headerSeen;

    /// <summary>Takes the header row; returns false (with problems) when it cannot be used.</summary>
    public bool SetHeader(IReadOnlyList<string> names, int line)
    {
        _headerSeen = true;
        _header = TableHeader.Read(names, source, line, problems);
        _rows = _header is null ? null : new TableRows(_header.Count);
        return _header is not null;
    }

    /// <summary>Adds a data row, skipping blank rows and reporting rows whose width differs from the header.</summary>
    public void AddRow(int line, IReadOnlyList<string> cells)
    {
        if (_rows is not null && !IsBlank(cells) && HasHeaderWidth(line, cells.Count))
        {
            _rows.Add(line, cells);
        }
    }

    /// <summary>
    /// Adds a data row given as its cells one after another (<paramref name="text"/>) and the end of each,
    /// as <see cref="AddRow(int, IReadOnlyList{string})"/> does.
    /// </summary>
    public void AddRow(int line, ReadOnlySpan<char> text, ReadOnlySpan<int> ends)
    {
        // The cells are blank exactly when their concatenation is.
        if (_rows is not null && !text.IsWhiteSpace() && HasHeaderWidth(line, ends.Length))
        {
            _rows.Add(line, text, ends);
        }
    }

    /// <summary>Finishes the table; <paramref name="emptyMessage"/> is reported when no header row was found.</summary>
    public TableRead Build(string emptyMessage)
    {
        if (!_headerSeen)
        {
            problems.Add(new TableProblem(source, 1, null, emptyMessage));
        }

        var table = _header is null || _rows is null ? null : Table.FromRows(name, source, _header, _rows);
        return new TableRead(table, problems.ToList());
    }

    /// <summary>Spreadsheets leave rows of empty cells behind (<c>,,,,</c>); they carry no data.</summary>
    public static bool IsBlank(IReadOnlyList<string> cells)
    {
        foreach (var cell in cells)
        {
            if (!string.IsNullOrWhiteSpace(cell))
            {
                return false;
            }
        }

        return true;
    }

    private bool HasHeaderWidth(int line, int cells)
    {
        if (cells == _header!.Count)
        {
            return true;
        }

        problems.Add(new TableProblem(source, line, null, string.Format(CultureInfo.InvariantCulture,
            "baris berisi {0} kolom, sedangkan header berisi {1} kolom", cells, _header.Count)));
        return false;
    }
}
