using Sakip.Packages.Tables;

namespace Sakip.Packages.Csv;

/// <summary>Reads a whole CSV file of a data package into a <see cref="Table"/>.</summary>
public static class CsvTableReader
{
    /// <summary>Reads <paramref name="path"/>; the table is named after the file without <c>.csv</c>.</summary>
    public static TableRead ReadFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read,
            bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a CSV stream; <paramref name="fileName"/> (e.g. <c>realisasi.csv</c>) names the table and its problems.</summary>
    /// <remarks>Blank lines before the header and blank rows anywhere are skipped.</remarks>
    public static TableRead Read(Stream stream, string fileName)
    {
        var problems = new ProblemLog();
        var builder = new TableBuilder(Path.GetFileNameWithoutExtension(fileName), fileName, problems);
        using var reader = new CsvReader(stream, fileName, problems, leaveOpen: true);
        var record = reader.Record;
        while (reader.TryReadRecord(out var line, out var hasProblem))
        {
            if (builder.HasHeader)
            {
                if (!hasProblem && HasFormulaPrefix(record.Text, record.Ends))
                {
                    builder.AddRow(line, [.. record.ToStrings().Select(cell => cell[FormulaPrefix.PrefixLength(cell)..])]);
                }
                else if (!hasProblem)
                {
                    builder.AddRow(line, record.Text, record.Ends);
                }
            }
            else if (hasProblem || !record.Text.IsWhiteSpace())
            {
                builder.SetHeader(record.ToStrings(), line);
            }
        }

        return builder.Build("berkas kosong: tidak ada baris header");
    }

    /// <summary>Whether a cell of the row starts with the writer's apostrophe before a formula character (rare: a copy is then made).</summary>
    private static bool HasFormulaPrefix(ReadOnlySpan<char> text, ReadOnlySpan<int> ends)
    {
        // One vectorised scan settles almost every row: a row without an apostrophe has no prefixed cell.
        if (!text.Contains(FormulaPrefix.Apostrophe))
        {
            return false;
        }
        var start = 0;
        foreach (var end in ends)
        {
            if (FormulaPrefix.PrefixLength(text[start..end]) > 0)
            {
                return true;
            }

            start = end;
        }

        return false;
    }
}
