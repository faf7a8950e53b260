using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sakip.Cli.Terminal;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip export --instansi KODE [--tahun Y] KELUARAN</c>: a unit and the units below it as a package.</summary>
static class ExportCommand
{
    public static Command Create(CliConsole console)
    {
        var unit = new Option<string>("--instansi") { Description = "Kode instansi yang diekspor (beserta unit di bawahnya)", HelpName = "KODE", Required = true };
        var year = new Option<int?>("--tahun") { Description = "Hanya tahun ini; bawaan: semua tahun", HelpName = "TAHUN" };
        var output = new Argument<string>("KELUARAN") { Description = "Tujuan: folder untuk berkas CSV, berkas .xlsx, atau berkas .zip berisi CSV" };
        var data = CliDatabase.DataOption();
        var command = new Command("export", "Ekspor data instansi dari basis data menjadi paket data") { unit, year, output, data };
        command.SetAction(parsed => Run(parsed.GetValue(unit)!, parsed.GetValue(year), parsed.GetValue(output)!, parsed.GetValue(data), console));
        return command;
    }

    static int Run(string code, int? year, string target, string? dataDirectory, CliConsole console)
    {
        using var db = CliDatabase.OpenAsync(dataDirectory).GetAwaiter().GetResult();
        var path = db.Units.AsNoTracking().Where(u => u.Code == code).Select(u => u.Path).FirstOrDefault();
        if (path is null)
        {
            console.Error.WriteLine($"Instansi dengan kode \"{code}\" tidak ditemukan di basis data.");
            return CliApp.InvalidData;
        }
        var dataset = DatasetLoader.LoadAsync(db, path, year, descendants: true).GetAwaiter().GetResult();
        if (target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = File.Create(target);
            PackageWriter.WriteZip(dataset, zip);
        }
        else
        {
            PackageWriter.Write(dataset, target);
        }
        console.Out.WriteLine($"Paket ditulis ke {target}: {dataset.Units.Count} instansi, {dataset.Indicators.Count} indikator, {dataset.Realisations.Count} realisasi.");
        return CliApp.Ok;
    }
}
