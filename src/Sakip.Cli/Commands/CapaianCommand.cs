using System.CommandLine;
using Sakip.Cli.Terminal;
using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Organisation;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip capaian PAKET</c>: capaian per indicator (every period with target and realisation) or per sasaran.</summary>
static class CapaianCommand
{
    public static Command Create(CliConsole console)
    {
        var package = CommonOptions.Package();
        var year = new Option<int?>("--tahun") { Description = "Hanya tahun ini", HelpName = "TAHUN" };
        var unit = new Option<string?>("--instansi") { Description = "Hanya instansi ini dan unit di bawahnya", HelpName = "KODE" };
        var per = new Option<string>("--per")
        {
            Description = "Tingkat hasil: indikator atau sasaran",
            HelpName = "indikator|sasaran",
            DefaultValueFactory = _ => "indikator",
        };
        per.AcceptOnlyFromAmong("indikator", "sasaran");
        var format = CommonOptions.Format("table", "csv", "json");
        var command = new Command("capaian", "Hitung capaian kinerja per indikator dan periode, atau per sasaran")
        {
            package, year, unit, per, format,
        };
        command.SetAction(parsed => Run(
            parsed.GetValue(package)!, parsed.GetValue(year), parsed.GetValue(unit), parsed.GetValue(per)!, parsed.GetValue(format)!, console));
        return command;
    }

    static int Run(string path, int? year, string? unit, string per, string format, CliConsole console)
    {
        if (PackageLoading.Load(path, console) is not { } data)
        {
            return CliApp.InvalidData;
        }
        var tree = new UnitTree(data.Units);
        if (unit is not null && !tree.Contains(unit))
        {
            console.Error.WriteLine($"Instansi \"{unit}\" tidak ada dalam paket.");
            return CliApp.InvalidData;
        }
        var elements = InScope(data, unit is null ? null : tree.SelfAndDescendants(unit));
        var calculator = new CapaianCalculator(data);
        if (per == "sasaran")
        {
            var objectives = calculator.AllObjectives(data.PlanElements.Where(e => elements.Contains(e.Code)))
                .Where(o => year is null || o.Year == year)
                .ToList();
            CapaianOutput.WriteObjectives(objectives, calculator.Index.Scales, format, console);
            return CliApp.Ok;
        }
        var results = calculator.All()
            .Where(r => (year is null || r.Year == year) && elements.Contains(calculator.Index.Indicator(r.Indicator)!.PlanElement))
            .ToList();
        CapaianOutput.WriteIndicators(results, format, console);
        return CliApp.Ok;
    }

    static HashSet<string> InScope(Dataset data, IReadOnlySet<string>? units) =>
        data.PlanElements.Where(e => units is null || units.Contains(e.Unit)).Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
}
