using System.CommandLine;
using Sakip.Cli.Terminal;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip import PAKET</c>: validates a package and imports it into the database in one transaction.</summary>
static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var package = new Argument<string>("PAKET")
        {
            Description = "Paket data SAKIP: folder berkas CSV, arsip .zip berisi CSV, atau buku kerja .xlsx",
        };
        var data = CliDatabase.DataOption();
        var command = new Command("import", "Impor paket data ke basis data: semua baris atau tidak sama sekali; tampilkan ringkasan per berkas")
        {
            package,
            data,
        };
        command.SetAction(parsed => Run(parsed.GetValue(package)!, parsed.GetValue(data), console));
        return command;
    }

    static int Run(string path, string? dataDirectory, CliConsole console)
    {
        var read = Read(path);
        foreach (var warning in read.Problems.Where(p => !p.IsError))
        {
            console.Error.WriteLine($"peringatan: {warning}");
        }
        if (read.Data is not { } data)
        {
            PackageLoading.WriteErrors(read.Problems, console.Error);
            console.Error.WriteLine("Tidak ada data yang diimpor.");
            return CliApp.InvalidData;
        }
        using var db = CliDatabase.OpenAsync(dataDirectory).GetAwaiter().GetResult();
        var summary = DatasetImporter.ImportAsync(db, data, "sakip import", Path.GetFileName(Path.TrimEndingDirectorySeparator(path)), DateTimeOffset.UtcNow).GetAwaiter().GetResult();
        if (summary.Locked is { Count: > 0 } locked)
        {
            PackageLoading.WriteErrors(locked, console.Error);
            console.Error.WriteLine("Tidak ada data yang diimpor: paket mengubah data yang sudah disetujui atau final, atau menyebut templat LKE yang tidak ada.");
            return CliApp.InvalidData;
        }
        var table = new Table().AddColumns("Berkas", "Ditambah", "Diubah", "Tidak berubah");
        foreach (var file in summary.Files)
        {
            table.AddRow(file.File, Text(file.Added), Text(file.Changed), Text(file.Unchanged));
        }
        console.Human.Write(table);
        console.Out.WriteLine($"Impor selesai: {summary.Added} ditambah, {summary.Changed} diubah.");
        return CliApp.Ok;
    }

    /// <summary>A .zip is read in memory like an upload; a folder or .xlsx as a package path.</summary>
    static PackageReadResult Read(string path)
    {
        if (!path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            return PackageReader.Read(path);
        }
        using var zip = File.OpenRead(path);
        return PackageReader.ReadZip(zip, Path.GetFileName(path));
    }

    static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
