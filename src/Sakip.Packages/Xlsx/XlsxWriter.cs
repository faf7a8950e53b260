using System.Buffers;
using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Xlsx;

/// <summary>Writes tables to one workbook, a sheet per table, every cell as text.</summary>
/// <remarks>
/// Cells are written as strings, never as numbers: <c>100.00</c> and <c>3.0885</c> must come back
/// with the same digits, because the number of decimals a value is printed with is meaningful to
/// review, and codes such as <c>007</c> must keep their zeros.
/// </remarks>
public static class XlsxWriter
{
    /// <summary>Excel's limit on a sheet name.</summary>
    public const int MaxSheetName = 31;

    private static readonly SearchValues<char> ForbiddenInSheetName = SearchValues.Create(@":\/?*[]");

    public static void WriteFile(string path, IEnumerable<Table> tables)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, tables);
    }

    public static void Write(Stream stream, IEnumerable<Table> tables)
    {
        var sheets = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var table in tables)
        {
            CheckSheetName(table.Name);
            if (!sheets.TryAdd(table.Name, Rows(table)))
            {
                throw new ArgumentException($"Two tables are named '{table.Name}'.", nameof(tables));
            }
        }

        // The header is written as an ordinary first row, so any header text (even a blank or
        // repeated-looking name) is written exactly, independent of the dictionary keys.
        MiniExcel.SaveAs(stream, sheets, printHeader: false, excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { AutoFilter = false });
    }

    private static List<Dictionary<string, object?>> Rows(Table table)
    {
        var keys = Enumerable.Range(0, table.Header.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var rows = new List<Dictionary<string, object?>>(table.Rows.Count + 1) { Row(keys, table.Header.Names) };
        rows.AddRange(table.Rows.Select(row => Row(keys, row.Cells)));
        return rows;
    }

    private static Dictionary<string, object?> Row(string[] keys, IReadOnlyList<string> cells)
    {
        var row = new Dictionary<string, object?>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            row[keys[i]] = cells[i];
        }

        return row;
    }

    private static void CheckSheetName(string name)
    {
        if (name.Length > MaxSheetName || name.AsSpan().ContainsAny(ForbiddenInSheetName) || name.StartsWith('\'') || name.EndsWith('\''))
        {
            throw new ArgumentException($"'{name}' cannot be an Excel sheet name.", nameof(name));
        }
    }
}
