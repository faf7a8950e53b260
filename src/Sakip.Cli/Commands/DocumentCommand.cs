using System.CommandLine;
using Sakip.Cli.Terminal;
using Sakip.Core;
using Sakip.Core.Organisation;
using Sakip.Data.Exchange;
using Sakip.Reports;
using Sakip.Reports.Rendering;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip lkjip|pk|monev</c>: a document of one unit (<c>--instansi KODE --out FILE</c>, the format from the file's
/// extension) or of every unit with data that year (<c>--semua --out FOLDER --format docx</c>), from a package
/// (<c>--paket</c>, no database) or from the database.
/// </summary>
static class DocumentCommand
{
    public static Command Create(CliConsole console, string name, ReportKind kind)
    {
        var package = new Option<string?>("--paket") { Description = "Buat dari paket data ini (tanpa basis data)", HelpName = "PAKET" };
        var unit = new Option<string?>("--instansi") { Description = "Kode instansi", HelpName = "KODE" };
        var year = new Option<int>("--tahun") { Description = "Tahun laporan", HelpName = "TAHUN", Required = true };
        var all = new Option<bool>("--semua") { Description = "Semua instansi yang memiliki data pada tahun itu; --out menjadi folder" };
        var output = new Option<string>("--out") { Description = "Berkas keluaran (.docx, .pdf, .xlsx, .html); dengan --semua: folder", HelpName = "BERKAS", Required = true };
        var format = new Option<string?>("--format") { Description = "Bentuk berkas untuk --semua: docx, pdf, xlsx, html (bawaan docx)", HelpName = "docx|pdf|xlsx|html" };
        format.AcceptOnlyFromAmong("docx", "pdf", "xlsx", "html");
        var quarter = new Option<int>("--triwulan") { Description = "Sampai triwulan ini (1-4)", HelpName = "1-4", DefaultValueFactory = _ => 4 };
        quarter.AcceptOnlyFromAmong("1", "2", "3", "4");
        var data = CliDatabase.DataOption();
        var command = new Command(name, $"Buat dokumen {kind.Label()} dari paket data atau basis data") { package, unit, year, all, output, format, data };
        if (kind == ReportKind.Monitoring)
        {
            command.Options.Add(quarter);
        }
        command.SetAction((parsed, ct) => new Request(
            kind,
            parsed.GetValue(package),
            parsed.GetValue(unit),
            parsed.GetValue(year),
            parsed.GetValue(all),
            parsed.GetValue(output)!,
            parsed.GetValue(format),
            kind == ReportKind.Monitoring ? parsed.GetValue(quarter) : 4,
            parsed.GetValue(data)).RunAsync(console, ct));
        return command;
    }

    sealed record Request(
        ReportKind Kind, string? Package, string? Unit, int Year, bool All, string Output, string? Format, int Quarter, string? DataDirectory)
    {
        public async Task<int> RunAsync(CliConsole console, CancellationToken ct)
        {
            if (Usage() is { } usage)
            {
                console.Error.WriteLine($"Kesalahan penggunaan: {usage}");
                return CliApp.UsageError;
            }
            if (await LoadAsync(console, ct) is not { } dataset)
            {
                return CliApp.InvalidData;
            }
            var units = All ? ReportKinds.UnitsWithData(dataset, Year) : [Unit!];
            if (!All && !new UnitTree(dataset.Units).Contains(Unit!))
            {
                console.Error.WriteLine($"Instansi \"{Unit}\" tidak ada dalam {(Package is null ? "basis data" : "paket")}.");
                return CliApp.InvalidData;
            }
            if (units.Count == 0)
            {
                console.Error.WriteLine($"Tidak ada instansi dengan data tahun {Year}.");
                return CliApp.InvalidData;
            }
            return await WriteAsync(dataset, units, console, ct);
        }

        /// <summary>What is wrong with the combination of options, in the user's words; null when they fit.</summary>
        string? Usage() => (All, Unit) switch
        {
            (true, not null) => "--semua dan --instansi tidak dapat dipakai bersama.",
            (false, null) => "sebutkan --instansi KODE, atau --semua untuk semua instansi.",
            (false, _) when Format is not null => "--format hanya untuk --semua; untuk satu berkas bentuknya mengikuti ekstensi --out.",
            (false, _) when ReportFormats.FromPath(Output) is null => $"ekstensi berkas \"{Output}\" tidak dikenal; pakai .docx, .pdf, .xlsx atau .html.",
            _ => null,
        };

        async Task<Dataset?> LoadAsync(CliConsole console, CancellationToken ct)
        {
            if (Package is not null)
            {
                return PackageLoading.Load(Package, console);
            }
            await using var db = await CliDatabase.OpenAsync(DataDirectory, ct);
            if (Unit is null)
            {
                return await DatasetLoader.LoadAsync(db, ct: ct);
            }
            var data = await DatasetLoader.LoadForReportAsync(db, Unit, Year, ct);
            if (data is null)
            {
                console.Error.WriteLine($"Instansi dengan kode \"{Unit}\" tidak ditemukan di basis data.");
            }
            return data;
        }

        async Task<int> WriteAsync(Dataset dataset, IReadOnlyList<string> units, CliConsole console, CancellationToken ct)
        {
            var format = All ? ReportFormats.FromPath("x." + (Format ?? "docx"))!.Value : ReportFormats.FromPath(Output)!.Value;
            if (All)
            {
                Directory.CreateDirectory(Output);
            }
            await using var renderer = new ReportRenderer();
            var progress = new ProgressLine(console, units.Count);
            var failed = 0;
            foreach (var code in units)
            {
                var document = Kind.Build(dataset, code, Year, Quarter);
                if (document.Missing.Select(m => m.Section).ToList() is { Count: > 0 } missing)
                {
                    console.Error.WriteLine($"peringatan: {code}: bagian yang belum diisi (ditandai di dokumen): {string.Join(", ", missing)}");
                }
                var path = All ? Path.Combine(Output, SafeFileName.Of(document.FileName) + format.Extension()) : Output;
                try
                {
                    await using (var file = File.Create(path))
                    {
                        await renderer.RenderAsync(document, format, file, ct);
                    }
                    progress.Done(code, path);
                }
                catch (ReportRenderingException e)
                {
                    File.Delete(path);
                    failed++;
                    progress.Failed(code, e.Message);
                }
            }
            progress.Finish(failed);
            return failed == 0 ? CliApp.Ok : CliApp.InvalidData;
        }
    }
}
