using System.Collections;

namespace Sakip.Packages.Tables;

/// <summary>
/// The data rows of a table, all of the same width, kept as text in blocks of rows: each block holds its
/// rows' cells one after another in one char array, the end of each cell and each row's line. A
/// <see cref="TableRow"/> is made only when one is asked for.
/// </summary>
/// <remarks>
/// A string per cell made a million-row file some ten million small objects, which the garbage collector
/// copied and traced again and again: most of the time and memory of reading a large package. Blocks of
/// a fixed number of rows are a few arrays it leaves alone, and they grow without copying what is already
/// stored. Mappers read cells in place through <see cref="Cell"/>.
/// </remarks>
internal sealed class TableRows(int width) : IReadOnlyList<TableRow>
{
    private const int RowsPerBlock = 4096;

    private readonly List<Block> _blocks = [];

    public int Count { get; private set; }

    public TableRow this[int index] => new(Line(index), [.. Enumerable.Range(0, width).Select(column => Cell(index, column).ToString())]);

    /// <summary>The physical line (or sheet row) of a row.</summary>
    public int Line(int row) => _blocks[row / RowsPerBlock].Line(row % RowsPerBlock);

    public ReadOnlySpan<char> Cell(int row, int column) => _blocks[row / RowsPerBlock].Cell((row % RowsPerBlock * width) + column);

    /// <summary>Adds a row given as its cells one after another and the end of each cell in <paramref name="text"/>.</summary>
    public void Add(int line, ReadOnlySpan<char> text, ReadOnlySpan<int> ends)
    {
        if (ends.Length != width)
        {
            throw new ArgumentException($"Row at line {line} has {ends.Length} cells but the table has {width}.", nameof(ends));
        }

        LastBlock().Add(line, text, ends);
        Count++;
    }

    public void Add(int line, IReadOnlyList<string> cells)
    {
        var text = string.Concat(cells);
        var ends = new int[cells.Count];
        for (int i = 0, end = 0; i < ends.Length; i++)
        {
            end += cells[i].Length;
            ends[i] = end;
        }

        Add(line, text, ends);
    }

    public IEnumerator<TableRow> GetEnumerator()
    {
        for (var row = 0; row < Count; row++)
        {
            yield return this[row];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private Block LastBlock()
    {
        if (Count % RowsPerBlock == 0)
        {
            // The first block starts small, as most tables are; later ones take a whole block's rows and as much
            // text as the previous block held, so they rarely grow.
            _blocks.Add(_blocks.Count == 0 ? new Block(width, 16, 1024) : new Block(width, RowsPerBlock, _blocks[^1].TextLength));
        }

        return _blocks[^1];
    }

    private sealed class Block(int width, int rows, int chars)
    {
        private char[] _text = new char[chars];
        private int[] _ends = new int[rows * width];
        private int[] _lines = new int[rows];
        private int _rows;

        public int TextLength { get; private set; }

        public int Line(int row) => _lines[row];

        public ReadOnlySpan<char> Cell(int cell)
        {
            var start = cell == 0 ? 0 : _ends[cell - 1];
            return _text.AsSpan(start, _ends[cell] - start);
        }

        public void Add(int line, ReadOnlySpan<char> text, ReadOnlySpan<int> ends)
        {
            if (_rows == _lines.Length)
            {
                Array.Resize(ref _lines, Math.Min(_rows * 2, RowsPerBlock));
                Array.Resize(ref _ends, _lines.Length * width);
            }

            if (TextLength + text.Length > _text.Length)
            {
                Array.Resize(ref _text, Math.Max(TextLength + text.Length, _text.Length * 2));
            }

            text.CopyTo(_text.AsSpan(TextLength));
            var cells = _ends.AsSpan(_rows * width, width);
            for (var i = 0; i < width; i++)
            {
                cells[i] = TextLength + ends[i];
            }

            _lines[_rows++] = line;
            TextLength += text.Length;
        }
    }
}
