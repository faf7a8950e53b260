using System.Globalization;
using Sakip.Core.Problems;
using Sakip.Packages.Csv;
using Sakip.Packages.Schema;
using Sakip.Packages.Tables;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages.Reading;

/// <summary>Loads the tables of a package from a folder of CSV files or one XLSX workbook.</summary>
static class PackageSource
{
    public static Dictionary<string, Table> Load(string path, List<Problem> problems)
    {
        if (Directory.Exists(path))
        {
            return FromFolder(path, problems);
        }
        if (File.Exists(path) && path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return FromWorkbook(XlsxReader.ReadFile(path, [.. PackageSchema.Files.Select(f => f.Name)]), Path.GetFileName(path), problems);
        }
        problems.Add(new Problem(path, File.Exists(path)
            ? "paket harus berupa folder berkas CSV atau berkas .xlsx"
            : "folder atau berkas paket tidak ditemukan"));
        return [];
    }

    /// <summary>The CSV files of a zip, matched by file name wherever they sit in the archive's folders.</summary>
    public static Dictionary<string, Table> FromZip(IEnumerable<(string Name, MemoryStream Content)> entries, string archiveName, List<Problem> problems)
    {
        var tables = new Dictionary<string, Table>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entryName, content) in entries.OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            var fileName = entryName.Split('/', '\\')[^1];
            var name = Path.GetFileNameWithoutExtension(fileName);
            if (!fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || PackageSchema.Find(name) is null)
            {
                problems.Add(Problem.Warning($"{archiveName}[{entryName}]", "berkas tidak dikenal dalam paket data v1, diabaikan"));
                continue;
            }
            if (tables.ContainsKey(name))
            {
                problems.Add(new Problem($"{archiveName}[{entryName}]", $"berkas {fileName} muncul lebih dari sekali dalam arsip"));
                continue;
            }
            var read = CsvTableReader.Read(content, fileName);
            problems.AddRange(read.Problems.Select(Convert));
            if (read.Table is { } table)
            {
                tables[name] = table;
            }
        }
        if (tables.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(new Problem(archiveName, "arsip tidak berisi berkas paket data (instansi.csv, rencana.csv, …)"));
        }
        return tables;
    }

    public static Dictionary<string, Table> FromWorkbook(WorkbookRead workbook, string name, List<Problem> problems)
    {
        foreach (var sheet in workbook.UnknownSheets)
        {
            problems.Add(Problem.Warning($"{name}[{sheet}]", "lembar kerja tidak dikenal dalam paket data v1, diabaikan"));
        }
        problems.AddRange(workbook.Problems.Select(Convert));
        return workbook.Tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
    }

    static Dictionary<string, Table> FromFolder(string folder, List<Problem> problems)
    {
        var tables = new Dictionary<string, Table>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (PackageSchema.Find(name) is null)
            {
                problems.Add(Problem.Warning(Path.GetFileName(file), "berkas tidak dikenal dalam paket data v1, diabaikan"));
                continue;
            }
            var read = CsvTableReader.ReadFile(file);
            problems.AddRange(read.Problems.Select(Convert));
            if (read.Table is { } table)
            {
                tables[name] = table;
            }
        }
        if (tables.Count == 0 && !problems.Any(p => p.IsError))
        {
            problems.Add(new Problem(folder, "folder tidak berisi berkas paket data (instansi.csv, rencana.csv, …)"));
        }
        return tables;
    }

    public static Problem Convert(TableProblem problem) =>
        new(problem.Column is { } column
            ? string.Create(CultureInfo.InvariantCulture, $"{problem.File}:{problem.Line}:{column}")
            : string.Create(CultureInfo.InvariantCulture, $"{problem.File}:{problem.Line}"), problem.Message);
}
