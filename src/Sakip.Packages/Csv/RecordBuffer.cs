using System.Buffers;
using System.Runtime.InteropServices;

namespace Sakip.Packages.Csv;

/// <summary>
/// Accumulates one record's fields as one text in a pooled, growing char array, with the end of each
/// field; a field is kept up to <see cref="CsvReader.MaxCellLength"/> chars, past which it only
/// remembers that the field was too long, so an unterminated quote cannot make the reader hold the
/// rest of a large file in memory.
/// </summary>
/// <remarks>
/// The fields stay text here: a table copies them as they are (see <c>TableRows</c>), so reading a
/// file does not make a string per cell.
/// </remarks>
internal sealed class RecordBuffer : IDisposable
{
    private char[] _chars = ArrayPool<char>.Shared.Rent(1024);
    private int _length;
    private int _fieldStart;
    private readonly List<int> _ends = [];

    /// <summary>True when the field being read went past the limit.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The number of finished fields.</summary>
    public int Count => _ends.Count;

    /// <summary>The finished fields one after another, without separators.</summary>
    public ReadOnlySpan<char> Text => _chars.AsSpan(0, _fieldStart);

    /// <summary>Where each finished field ends in <see cref="Text"/>.</summary>
    public ReadOnlySpan<int> Ends => CollectionsMarshal.AsSpan(_ends);

    public void Append(ReadOnlySpan<char> text)
    {
        if (TooLong || text.IsEmpty)
        {
            return;
        }

        if (_length - _fieldStart + text.Length > CsvReader.MaxCellLength)
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

    /// <summary>Finishes the field being read (empty when it was too long) and starts the next one.</summary>
    public void EndField()
    {
        if (TooLong)
        {
            _length = _fieldStart;
            TooLong = false;
        }

        _ends.Add(_length);
        _fieldStart = _length;
    }

    /// <summary>Forgets every field, to read the next record.</summary>
    public void Clear()
    {
        _length = 0;
        _fieldStart = 0;
        TooLong = false;
        _ends.Clear();
    }

    /// <summary>The finished fields as strings.</summary>
    public string[] ToStrings()
    {
        var fields = new string[_ends.Count];
        var start = 0;
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = new string(_chars, start, _ends[i] - start);
            start = _ends[i];
        }

        return fields;
    }

    private void Grow(int needed)
    {
        // Doubling keeps a record of huge fields linear in its size.
        var bigger = ArrayPool<char>.Shared.Rent(Math.Max(needed, _chars.Length * 2));
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
