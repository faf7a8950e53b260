using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Xlsx;

/// <summary>Reads a data package workbook: one sheet per file, sheet name = file name, header in the first non-blank row.</summary>
/// <remarks>
/// Every cell is read as text (see <see cref="XlsxCellText"/>), so the value readers treat a workbook
/// exactly like CSV. Row numbers are the sheet's own row numbers, as Excel shows them.
/// </remarks>
public static class XlsxReader
{
    private const string Unreadable = "bukan workbook .xlsx yang dapat dibaca (berkas rusak, atau format lain seperti .xls)";

    // Empty rows must stay in the sequence: row numbers are counted from it.
    private static readonly OpenXmlConfiguration Configuration = new() { IgnoreEmptyRows = false, FillMergedCells = false };

    public static WorkbookRead ReadFile(string path, IReadOnlyCollection<string>? knownSheets = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Read(stream, Path.GetFileName(path), knownSheets);
    }

    /// <summary>
    /// Reads the sheets of a workbook. When <paramref name="knownSheets"/> is given, only those sheets
    /// are read (matched case-insensitively; the table takes the known spelling) and the others are
    /// returned as <see cref="WorkbookRead.UnknownSheets"/>; otherwise every sheet is read.
    /// </summary>
    public static WorkbookRead Read(Stream stream, string workbookName, IReadOnlyCollection<string>? knownSheets = null)
    {
        using var copy = stream.CanSeek ? null : new MemoryStream();
        if (copy is not null)
        {
            stream.CopyTo(copy);
        }

        var source = copy ?? stream;
        if (SheetNames(source) is not { } sheetNames)
        {
            return new WorkbookRead([], [], [new TableProblem(workbookName, 1, null, Unreadable)]);
        }

        var tables = new List<Table>();
        var unknown = new List<string>();
        var problems = new List<TableProblem>();
        foreach (var sheet in sheetNames)
        {
            var name = knownSheets is null ? sheet.Trim() : knownSheets.FirstOrDefault(known =>
                string.Equals(known, sheet.Trim(), StringComparison.OrdinalIgnoreCase));
            if (name is null)
            {
                unknown.Add(sheet);
                continue;
            }

            var read = ReadSheet(source, sheet, name, $"{workbookName}[{sheet}]");
            problems.AddRange(read.Problems);
            if (read.Table is not null)
            {
                tables.Add(read.Table);
            }
        }

        return new WorkbookRead(tables, unknown, problems);
    }

    private static List<string>? SheetNames(Stream stream)
    {
        try
        {
            stream.Position = 0;
            return MiniExcel.GetSheetNames(stream);
        }
        // MiniExcel reports a damaged file with whatever its zip and XML layers throw
        // (InvalidDataException, XmlException, InvalidOperationException, …); user input must not crash the import.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static TableRead ReadSheet(Stream stream, string sheet, string name, string source)
    {
        var problems = new ProblemLog();
        var builder = new TableBuilder(name, source, problems);
        var line = 0;
        try
        {
            stream.Position = 0;
            var width = 0;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: false, sheetName: sheet,
                excelType: ExcelType.XLSX, configuration: Configuration))
            {
                line++;
                var cells = Cells(row, width);
                if (!builder.HasHeader)
                {
                    width = TakeHeader(builder, cells, line);
                    continue;
                }

                if (Array.FindIndex(cells, width, cell => cell.Length > 0) is var outside and >= 0)
                {
                    problems.Add(new TableProblem(source, line, outside + 1, "sel berisi data di luar kolom header"));
                    continue;
                }

                builder.AddRow(line, cells[..width]);
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problems.Add(new TableProblem(source, Math.Max(line, 1), null, "lembar tidak dapat dibaca: berkas rusak"));
            return new TableRead(null, problems.ToList());
        }

        return builder.Build("lembar kosong: tidak ada baris header");
    }

    /// <summary>Takes the first non-blank row as header, up to its last non-empty cell; returns the width.</summary>
    private static int TakeHeader(TableBuilder builder, string[] cells, int line)
    {
        if (TableBuilder.IsBlank(cells))
        {
            return 0;
        }

        var width = Array.FindLastIndex(cells, cell => !string.IsNullOrWhiteSpace(cell)) + 1;
        builder.SetHeader(cells[..width], line);
        return width;
    }

    /// <summary>The row's cells by column (MiniExcel keys them A, B, …, AA), at least <paramref name="width"/> of them.</summary>
    private static string[] Cells(IDictionary<string, object?> row, int width)
    {
        var count = width;
        foreach (var column in row.Keys)
        {
            count = Math.Max(count, ColumnIndex(column) + 1);
        }

        var cells = new string[count];
        Array.Fill(cells, "");
        foreach (var (column, value) in row)
        {
            cells[ColumnIndex(column)] = XlsxCellText.From(value);
        }

        return cells;
    }

    private static int ColumnIndex(string letters)
    {
        var index = 0;
        foreach (var letter in letters)
        {
            index = index * 26 + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return index - 1;
    }
}
