using System.CommandLine;
using Sakip.Cli.Terminal;
using Sakip.Packages;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip validate PAKET</c>: exit 0 when the package is valid, 1 with every problem when not.</summary>
static class ValidateCommand
{
    public static Command Create(CliConsole console)
    {
        var package = CommonOptions.Package();
        var command = new Command("validate", "Periksa paket data; tampilkan semua kesalahan sekaligus (berkas:baris:kolom: pesan)")
        {
            package,
        };
        command.SetAction(parsed => Run(parsed.GetValue(package)!, console));
        return command;
    }

    static int Run(string path, CliConsole console)
    {
        var result = PackageReader.Read(path);
        foreach (var problem in result.Problems)
        {
            console.Out.WriteLine(problem.IsError ? problem.ToString() : $"peringatan: {problem}");
        }
        // The canonical decimal point needs no mention; a file read the Indonesian way does, since 1.234 then means 1234.
        foreach (var (file, choice) in result.Conventions.Where(c => c.Value.IsIndonesian).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            console.Out.WriteLine($"info: {file}: angka dibaca dengan {choice.Description}");
        }
        if (result.Data is not { } data)
        {
            console.Out.WriteLine($"Paket tidak valid: {result.Problems.Count(p => p.IsError)} kesalahan.");
            return CliApp.InvalidData;
        }
        console.Out.WriteLine(
            $"Paket valid: {data.Units.Count} instansi, {data.Indicators.Count} indikator, {data.Targets.Count} target, " +
            $"{data.Realisations.Count} realisasi, {data.BudgetLines.Count} baris anggaran.");
        return CliApp.Ok;
    }
}
