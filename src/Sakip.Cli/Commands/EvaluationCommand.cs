using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Sakip.Cli.Terminal;
using Sakip.Core;
using Sakip.Core.Organisation;
using Sakip.Data.Exchange;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip evaluasi PAKET</c> or <c>sakip evaluasi --instansi KODE</c> (from the database): the final SAKIP evaluation
/// score and grade of every unit and year, or with <c>--ringkasan</c> the recap of each year.
/// </summary>
static class EvaluationCommand
{
    public static Command Create(CliConsole console)
    {
        var package = new Argument<string?>("PAKET")
        {
            Description = "Paket data SAKIP (folder CSV atau buku kerja .xlsx); tanpa PAKET: dari basis data dengan --instansi",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var unit = new Option<string?>("--instansi") { Description = "Hanya instansi ini dan unit di bawahnya (wajib tanpa PAKET)", HelpName = "KODE" };
        var year = new Option<int?>("--tahun") { Description = "Hanya tahun ini", HelpName = "TAHUN" };
        var format = CommonOptions.Format("tabel", "csv");
        var summary = new Option<bool>("--ringkasan") { Description = "Rekapitulasi per tahun: jumlah instansi, rata-rata, predikat rata-rata, minimal B dan BB" };
        var data = CliDatabase.DataOption();
        var command = new Command("evaluasi", "Nilai akhir dan predikat evaluasi SAKIP per instansi dan tahun, atau rekapitulasinya per tahun")
        {
            package, unit, year, format, summary, data,
        };
        command.SetAction((parsed, ct) => RunAsync(
            parsed.GetValue(package), parsed.GetValue(unit), parsed.GetValue(year), parsed.GetValue(format)!, parsed.GetValue(summary),
            parsed.GetValue(data), console, ct));
        return command;
    }

    static async Task<int> RunAsync(string? path, string? unit, int? year, string format, bool summary, string? dataDirectory, CliConsole console, CancellationToken ct)
    {
        if (path is null && unit is null)
        {
            console.Error.WriteLine("Kesalahan penggunaan: sebutkan PAKET, atau --instansi KODE untuk membaca dari basis data.");
            return CliApp.UsageError;
        }
        var data = path is null ? await FromDatabaseAsync(unit!, year, dataDirectory, console, ct) : PackageLoading.Load(path, console);
        if (data is null)
        {
            return CliApp.InvalidData;
        }
        var tree = new UnitTree(data.Units);
        if (unit is not null && !tree.Contains(unit))
        {
            console.Error.WriteLine($"Instansi \"{unit}\" tidak ada dalam paket.");
            return CliApp.InvalidData;
        }
        var units = unit is null ? null : tree.SelfAndDescendants(unit);
        var scores = data.Evaluations.Where(e => (year is null || e.Year == year) && (units is null || units.Contains(e.Unit))).ToList();
        var grades = data.ScaleSet().SakipGrade;
        if (summary)
        {
            EvaluationOutput.WriteSummary(EvaluationOutput.Recaps(scores, grades), grades, format, console);
        }
        else
        {
            EvaluationOutput.WriteScores(EvaluationOutput.Scores(scores, grades), data.Units, format, console);
        }
        return CliApp.Ok;
    }

    static async Task<Dataset?> FromDatabaseAsync(string unit, int? year, string? dataDirectory, CliConsole console, CancellationToken ct)
    {
        await using var db = await CliDatabase.OpenAsync(dataDirectory, ct);
        var path = await db.Units.AsNoTracking().Where(u => u.Code == unit).Select(u => u.Path).FirstOrDefaultAsync(ct);
        if (path is null)
        {
            console.Error.WriteLine($"Instansi dengan kode \"{unit}\" tidak ditemukan di basis data.");
            return null;
        }
        return await DatasetLoader.LoadAsync(db, path, year, descendants: true, ct);
    }
}
