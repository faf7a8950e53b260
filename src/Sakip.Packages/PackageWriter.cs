using System.IO.Compression;
using Sakip.Core;
using Sakip.Packages.Csv;
using Sakip.Packages.Writing;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages;

/// <summary>Writes a dataset as a package that reads back equal: a CSV folder, or a workbook when the path ends in <c>.xlsx</c>.</summary>
public static class PackageWriter
{
    /// <summary>Writes the package as a ZIP of CSV files (one per table, at the archive's root) to <paramref name="stream"/>.</summary>
    public static void WriteZip(Dataset data, Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var table in DatasetTables.From(data))
        {
            using var entry = zip.CreateEntry(table.Name + ".csv", CompressionLevel.Optimal).Open();
            CsvWriter.Write(entry, table);
        }
    }

    /// <summary>Writes the package as one XLSX workbook to <paramref name="stream"/>.</summary>
    public static void WriteWorkbook(Dataset data, Stream stream) => XlsxWriter.Write(stream, DatasetTables.From(data));

    public static void Write(Dataset data, string path)
    {
        var tables = DatasetTables.From(data);
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            XlsxWriter.WriteFile(path, tables);
            return;
        }
        Directory.CreateDirectory(path);
        foreach (var table in tables)
        {
            CsvWriter.WriteFile(Path.Combine(path, table.Name + ".csv"), table);
        }
    }
}
