using System.CommandLine;
using System.Globalization;
using Sakip.Cli.Terminal;
using Sakip.Core.Review;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>
/// <c>sakip reviu PAKET</c>: every printed value that disagrees with its recomputation. Exit 0 whether or not it
/// finds disagreements, 1 when the package is invalid.
/// </summary>
static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var package = CommonOptions.Package();
        var format = CommonOptions.Format("table", "csv");
        var command = new Command("reviu", "Reviu: hitung ulang setiap angka tercetak dan tampilkan yang tidak sesuai")
        {
            package, format,
        };
        command.SetAction(parsed => Run(parsed.GetValue(package)!, parsed.GetValue(format)!, console));
        return command;
    }

    static int Run(string path, string format, CliConsole console)
    {
        if (PackageLoading.Load(path, console) is not { } data)
        {
            return CliApp.InvalidData;
        }
        var disagreements = Reviewer.Review(data);
        if (format == "csv")
        {
            console.Out.WriteLine("berkas,baris,kunci,kolom,tercetak,dihitung,selisih");
            foreach (var d in disagreements)
            {
                console.Out.WriteLine(Csv.Line(d.File, d.Line.ToString(CultureInfo.InvariantCulture), d.Key, d.Column, d.Printed,
                    d.Computed ?? "", d.Difference?.ToString(CultureInfo.InvariantCulture) ?? ""));
            }
            return CliApp.Ok;
        }
        var table = new Table().AddColumns("Berkas", "Baris", "Kunci", "Kolom", "Tercetak", "Dihitung", "Selisih", "Keterangan");
        foreach (var d in disagreements)
        {
            table.AddRow(Markup.Escape(d.File), d.Line.ToString(CultureInfo.InvariantCulture), Markup.Escape(d.Key), Markup.Escape(d.Column), Markup.Escape(d.Printed),
                Markup.Escape(d.Computed ?? "-"), d.Difference?.ToString(CultureInfo.GetCultureInfo("id-ID")) ?? "-", Markup.Escape(d.Describe(CultureInfo.GetCultureInfo("id-ID"))));
        }
        if (disagreements.Count > 0)
        {
            console.Human.Write(table);
        }
        console.Out.WriteLine(disagreements.Count == 0
            ? "Reviu selesai: semua angka tercetak sesuai dengan hasil hitung ulang."
            : $"Reviu selesai: {disagreements.Count} angka tercetak tidak sesuai.");
        return CliApp.Ok;
    }
}
