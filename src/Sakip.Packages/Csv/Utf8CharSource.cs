using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Sakip.Packages.Csv;

/// <summary>
/// Decodes a UTF-8 stream chunk by chunk into a pooled char buffer, replacing each invalid byte
/// sequence with U+FFFD and remembering where it did so, so the parser can report the cell.
/// </summary>
/// <remarks>
/// <see cref="Encoding.UTF8"/>'s decoder can only replace silently or throw without a position;
/// <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/> stops at
/// the exact invalid byte instead. A genuine U+FFFD in the text is therefore not mistaken for an error.
/// </remarks>
internal sealed class Utf8CharSource : IDisposable
{
    private const int ChunkBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly Queue<long> _invalidAt = new();
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
    private int _byteCount;
    private bool _streamEnded;

    public Utf8CharSource(Stream stream, bool leaveOpen)
    {
        _stream = stream;
        _leaveOpen = leaveOpen;
        // Each byte decodes to at most one char, so a chunk always fits.
        Chars = ArrayPool<char>.Shared.Rent(_bytes.Length + 1);
    }

    /// <summary>The current chunk: <c>Chars[0..Length]</c>.</summary>
    public char[] Chars { get; private set; }

    public int Length { get; private set; }

    /// <summary>The absolute char offset of <c>Chars[0]</c> in the decoded text.</summary>
    public long Offset { get; private set; }

    /// <summary>Replaces the current chunk with the next one; false at the end of the text.</summary>
    public bool Fill()
    {
        Offset += Length;
        Length = 0;
        while (Length == 0)
        {
            if (_streamEnded && _byteCount == 0)
            {
                return false;
            }

            if (!_streamEnded)
            {
                var read = _stream.Read(_bytes, _byteCount, _bytes.Length - _byteCount);
                _streamEnded = read == 0;
                _byteCount += read;
            }

            Decode();
        }

        return true;
    }

    /// <summary>
    /// True when an invalid byte sequence was decoded before absolute offset <paramref name="end"/>;
    /// forgets those positions so each is reported once.
    /// </summary>
    public bool TakeInvalidBefore(long end)
    {
        var any = false;
        while (_invalidAt.Count > 0 && _invalidAt.Peek() < end)
        {
            _invalidAt.Dequeue();
            any = true;
        }

        return any;
    }

    private void Decode()
    {
        var source = _bytes.AsSpan(0, _byteCount);
        var consumed = 0;
        while (true)
        {
            var status = Utf8.ToUtf16(source[consumed..], Chars.AsSpan(Length), out var read, out var written,
                replaceInvalidSequences: false, isFinalBlock: _streamEnded);
            consumed += read;
            Length += written;
            if (status != OperationStatus.InvalidData)
            {
                break; // Done, or NeedMoreData with a partial sequence left for the next read.
            }

            // Skip the maximal invalid subsequence, as the Unicode standard recommends for U+FFFD.
            Rune.DecodeFromUtf8(source[consumed..], out _, out var invalidLength);
            _invalidAt.Enqueue(Offset + Length);
            Chars[Length++] = '\uFFFD';
            consumed += Math.Max(1, invalidLength);
        }

        source[consumed..].CopyTo(_bytes);
        _byteCount = source.Length - consumed;
    }

    public void Dispose()
    {
        if (_bytes.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_bytes);
            ArrayPool<char>.Shared.Return(Chars);
            _bytes = [];
            Chars = [];
        }

        if (!_leaveOpen)
        {
            _stream.Dispose();
        }
    }
}
