using System.Buffers;
using System.Globalization;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Csv;

/// <summary>
/// A streaming RFC 4180 reader: UTF-8 (BOM optional), comma separator, quoted fields with doubled
/// quotes and embedded line breaks, CRLF/LF/CR line endings. Bad input never throws; it becomes a
/// <see cref="TableProblem"/> and the record is flagged.
/// </summary>
/// <remarks>
/// Line numbers are physical lines (1 = header), counting line breaks inside quoted fields, so a
/// problem points where an editor shows it. Fields are scanned with vectorised searches and
/// accumulated in one reused buffer, so cost is linear in the file size, even for one huge cell.
/// </remarks>
public sealed class CsvReader : IDisposable
{
    /// <summary>The longest cell read, in chars; longer cells are a problem (often an unclosed quote).</summary>
    public const int MaxCellLength = 1024 * 1024;

    private static readonly SearchValues<char> UnquotedStops = SearchValues.Create(",\r\n\"");

    private readonly string _fileName;
    private readonly Utf8CharSource _source;
    private readonly RecordBuffer _record = new();
    private readonly ProblemLog _problems;
    private int _pos;
    private int _line = 1;
    private bool _started;
    private bool _ended;
    private bool _afterCr;
    private bool _recordHasProblem;

    public CsvReader(Stream stream, string fileName, bool leaveOpen = false)
        : this(stream, fileName, new ProblemLog(), leaveOpen)
    {
    }

    internal CsvReader(Stream stream, string fileName, ProblemLog problems, bool leaveOpen)
    {
        _fileName = fileName;
        _problems = problems;
        _source = new Utf8CharSource(stream, leaveOpen);
    }

    private enum Stop
    {
        Comma,
        EndOfLine,
        EndOfFile,
    }

    /// <summary>The problems found so far (at most <see cref="ProblemLog.MaxProblems"/> plus a summary).</summary>
    public IReadOnlyList<TableProblem> Problems => _problems.ToList();

    /// <summary>The fields of the record read last by <see cref="TryReadRecord"/>.</summary>
    internal RecordBuffer Record => _record;

    /// <summary>Reads the next record; false when the file has no more.</summary>
    public bool TryRead(out CsvRecord record)
    {
        if (!TryReadRecord(out var line, out var hasProblem))
        {
            record = default;
            return false;
        }

        record = new CsvRecord(line, _record.ToStrings(), hasProblem);
        return true;
    }

    /// <summary>Reads the next record into <see cref="Record"/>, without making a string per field.</summary>
    internal bool TryReadRecord(out int line, out bool hasProblem)
    {
        if (!_started)
        {
            Start();
        }

        line = _line;
        hasProblem = false;
        if (!HasChar())
        {
            return false;
        }

        _record.Clear();
        _recordHasProblem = false;
        while (ReadField() == Stop.Comma)
        {
        }

        hasProblem = _recordHasProblem;
        return true;
    }

    private void Start()
    {
        _started = true;
        _ended = !_source.Fill();
        if (!_ended && _source.Chars[0] == '\uFEFF')
        {
            _pos = 1;
        }
    }

    private Stop ReadField()
    {
        var column = _record.Count + 1;
        var startLine = _line;
        var quoted = HasChar() && _source.Chars[_pos] == '"';
        var stop = quoted ? ReadQuoted(column, startLine) : ReadUnquoted(column, quoteReported: false);
        FinishField(column, startLine, quoted);
        Consume(stop);
        return stop;
    }

    private Stop ReadUnquoted(int column, bool quoteReported)
    {
        while (HasChar())
        {
            var rest = _source.Chars.AsSpan(_pos, _source.Length - _pos);
            var at = rest.IndexOfAny(UnquotedStops);
            if (at < 0)
            {
                _record.Append(rest);
                _pos = _source.Length;
                continue;
            }

            _record.Append(rest[..at]);
            _pos += at;
            switch (rest[at])
            {
                case ',':
                    return Stop.Comma;
                case '\r' or '\n':
                    return Stop.EndOfLine;
            }

            // RFC 4180 forbids a quote in an unquoted field; keep it as text but report it.
            if (!quoteReported)
            {
                Report(_line, column, "tanda kutip di tengah sel yang tidak diapit tanda kutip "
                    + "(apit sel dengan tanda kutip dan tulis tanda kutip di dalamnya dua kali)");
                quoteReported = true;
            }

            _record.Append('"');
            _pos++;
        }

        return Stop.EndOfFile;
    }

    private Stop ReadQuoted(int column, int startLine)
    {
        _pos++;
        _afterCr = false;
        while (true)
        {
            if (!HasChar())
            {
                Report(startLine, column, "tanda kutip tidak ditutup");
                return Stop.EndOfFile;
            }

            var rest = _source.Chars.AsSpan(_pos, _source.Length - _pos);
            var at = rest.IndexOf('"');
            var text = at < 0 ? rest : rest[..at];
            CountLineBreaks(text);
            _record.Append(text);
            _pos += text.Length;
            if (at < 0)
            {
                continue;
            }

            _pos++;
            _afterCr = false;
            if (HasChar() && _source.Chars[_pos] == '"')
            {
                _record.Append('"');
                _pos++;
                continue;
            }

            return AfterClosingQuote(column);
        }
    }

    private Stop AfterClosingQuote(int column)
    {
        if (!HasChar())
        {
            return Stop.EndOfFile;
        }

        switch (_source.Chars[_pos])
        {
            case ',':
                return Stop.Comma;
            case '\r' or '\n':
                return Stop.EndOfLine;
        }

        Report(_line, column, "ada teks setelah tanda kutip penutup sebelum koma");
        return ReadUnquoted(column, quoteReported: true);
    }

    private void FinishField(int column, int startLine, bool quoted)
    {
        if (_record.TooLong)
        {
            Report(startLine, column, string.Format(CultureInfo.InvariantCulture,
                "sel lebih panjang dari {0} karakter{1}", MaxCellLength,
                quoted ? " (mungkin tanda kutip tidak ditutup)" : ""));
        }

        if (_source.TakeInvalidBefore(_source.Offset + _pos))
        {
            Report(startLine, column, "teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)");
        }

        _record.EndField();
    }

    private void Consume(Stop stop)
    {
        switch (stop)
        {
            case Stop.Comma:
                _pos++;
                break;
            case Stop.EndOfLine:
                var cr = _source.Chars[_pos] == '\r';
                _pos++;
                if (cr && HasChar() && _source.Chars[_pos] == '\n')
                {
                    _pos++;
                }

                _line++;
                break;
            case Stop.EndOfFile:
                break;
        }
    }

    /// <summary>Counts CR, LF and CRLF as one line break each, also when a CRLF is split across chunks.</summary>
    private void CountLineBreaks(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var breaks = text.Count('\n') + text.Count('\r') - text.Count("\r\n");
        if (_afterCr && text[0] == '\n')
        {
            breaks--;
        }

        _line += breaks;
        _afterCr = text[^1] == '\r';
    }

    /// <summary>True when a char is available at <c>_pos</c>, reading the next chunk if needed.</summary>
    private bool HasChar()
    {
        if (_pos < _source.Length)
        {
            return true;
        }

        if (_ended || !_source.Fill())
        {
            _ended = true;
            return false;
        }

        _pos = 0;
        return true;
    }

    private void Report(int line, int column, string message)
    {
        _problems.Add(new TableProblem(_fileName, line, column, message));
        _recordHasProblem = true;
    }

    public void Dispose()
    {
        _source.Dispose();
        _record.Dispose();
    }
}
