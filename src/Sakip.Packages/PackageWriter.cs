using Sakip.Core;
using Sakip.Packages.Csv;
using Sakip.Packages.Writing;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages;

/// <summary>Writes a dataset as a package that reads back equal: a CSV folder, or a workbook when the path ends in <c>.xlsx</c>.</summary>
public static class PackageWriter
{
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
