using System.Buffers;

namespace Sakip.Packages.Csv;

/// <summary>
/// Accumulates one cell's text in a pooled, growing char array, up to <see cref="CsvReader.MaxCellLength"/>;
/// past the limit it only remembers that the cell was too long, so an unterminated quote cannot
/// make the reader hold the rest of a large file in memory.
/// </summary>
internal sealed class CellBuffer : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(256);
    private int _length;

    public bool TooLong { get; private set; }

    public void Append(ReadOnlySpan<char> text)
    {
        if (TooLong || text.IsEmpty)
        {
            return;
        }

        if (_length + text.Length > CsvReader.MaxCellLength)
        {
            TooLong = true;
            return;
        }

        if (_length + text.Length > _chars.Length)
        {
            Grow(_length + text.Length);
        }

        text.CopyTo(_chars.AsSpan(_length));
        _length += text.Length;
    }

    public void Append(char c) => Append(new ReadOnlySpan<char>(in c));

    /// <summary>Returns the cell's text (empty when it was too long) and starts a new cell.</summary>
    public string Take()
    {
        var text = TooLong || _length == 0 ? string.Empty : new string(_chars, 0, _length);
        _length = 0;
        TooLong = false;
        return text;
    }

    private void Grow(int needed)
    {
        // Doubling keeps a 1 MiB cell linear; the cap stops it from growing past the limit.
        var size = Math.Min(Math.Max(needed, _chars.Length * 2), CsvReader.MaxCellLength);
        var bigger = ArrayPool<char>.Shared.Rent(size);
        _chars.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = bigger;
    }

    public void Dispose()
    {
        if (_chars.Length > 0)
        {
            ArrayPool<char>.Shared.Return(_chars);
            _chars = [];
        }
    }
}
