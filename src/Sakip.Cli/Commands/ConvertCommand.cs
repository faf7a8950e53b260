using System.CommandLine;
using Sakip.Cli.Terminal;
using Sakip.Packages;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip convert PAKET KELUARAN</c>: CSV folder ↔ XLSX workbook, by the output's extension.</summary>
static class ConvertCommand
{
    public static Command Create(CliConsole console)
    {
        var package = CommonOptions.Package();
        var output = new Argument<string>("KELUARAN")
        {
            Description = "Tujuan: nama berkas .xlsx untuk buku kerja, atau folder untuk berkas CSV",
        };
        var command = new Command("convert", "Ubah paket data dari folder CSV ke buku kerja XLSX atau sebaliknya")
        {
            package,
            output,
        };
        command.SetAction(parsed => Run(parsed.GetValue(package)!, parsed.GetValue(output)!, console));
        return command;
    }

    static int Run(string path, string target, CliConsole console)
    {
        if (PackageLoading.Load(path, console, derived: false) is not { } data)
        {
            return CliApp.InvalidData;
        }
        PackageWriter.Write(data, target);
        console.Out.WriteLine($"Paket ditulis ke {target}.");
        return CliApp.Ok;
    }
}
