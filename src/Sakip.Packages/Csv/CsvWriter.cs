using System.Buffers;
using System.Text;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Csv;

/// <summary>
/// Writes CSV the way the data package expects it: UTF-8 without BOM, LF line endings, minimal quoting, and an
/// apostrophe before a text a spreadsheet would run as a formula (<see cref="FormulaPrefix"/>).
/// </summary>
public static class CsvWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);
    private static readonly SearchValues<char> NeedQuotes = SearchValues.Create(",\"\r\n");

    public static void WriteFile(string path, Table table)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, table);
    }

    public static void Write(Stream stream, Table table) =>
        Write(stream, table.Header.Names, table.Rows.Select(row => row.Cells));

    public static void Write(Stream stream, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        using var writer = new StreamWriter(stream, Utf8NoBom, bufferSize: 64 * 1024, leaveOpen: true);
        WriteRecord(writer, header);
        foreach (var row in rows)
        {
            WriteRecord(writer, row);
        }
    }

    /// <summary>
    /// True when a cell must be quoted: it holds a comma, quote or line break, or starts or ends with
    /// whitespace (which many spreadsheet programs would otherwise trim away).
    /// </summary>
    public static bool NeedsQuotes(string cell) =>
        cell.Length > 0
        && (cell.AsSpan().ContainsAny(NeedQuotes) || char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1]));

    private static void WriteRecord(StreamWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            WriteCell(writer, FormulaPrefix.Protect(cells[i]));
        }

        writer.Write('\n');
    }

    private static void WriteCell(StreamWriter writer, string cell)
    {
        if (!NeedsQuotes(cell))
        {
            writer.Write(cell);
            return;
        }

        writer.Write('"');
        writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
