using System.Globalization;
using Sakip.Cli.Terminal;
using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Scales;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>Writes capaian results as a table (id-ID, for people), CSV (invariant, the spec's header) or JSON (with explanations).</summary>
static class CapaianOutput
{
    static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void WriteIndicators(IReadOnlyList<CapaianResult> results, string format, CliConsole console)
    {
        switch (format)
        {
            case "csv":
                console.Out.WriteLine("indikator,tahun,periode,target,realisasi,capaian,kategori");
                foreach (var r in results)
                {
                    console.Out.WriteLine(Csv.Line(
                        r.Indicator, r.Year.ToString(Invariant), Codes.Of(r.Period), TargetText(r.Target, Invariant),
                        Raw(r.Realisation.Value), Rounded(r.Capaian.Value), r.Category?.Label ?? ""));
                }
                break;
            case "json":
                Json.Write(console.Out, results.Select(r => new
                {
                    indikator = r.Indicator,
                    tahun = r.Year,
                    periode = Codes.Of(r.Period),
                    target = r.Target?.Min,
                    target_maks = r.Target?.Max,
                    dasar_target = r.TargetBasis,
                    realisasi = r.Realisation.Value,
                    capaian = r.Capaian.Value,
                    kategori = r.Category?.Label,
                    penjelasan = new { capaian = Json.Explanation(r.Capaian), realisasi = Json.Explanation(r.Realisation) },
                }));
                break;
            default:
                var table = new Table().AddColumns("Indikator", "Tahun", "Periode", "Target", "Realisasi", "Capaian (%)", "Kategori");
                foreach (var r in results)
                {
                    table.AddRow(Markup.Escape(r.Indicator), r.Year.ToString(Invariant), Periods.Label(r.Period),
                        TargetText(r.Target, Id), Display.Value(r.Realisation.Value, Id), Display.Number(r.Capaian.Value, Id),
                        r.Category?.Label ?? "-");
                }
                console.Human.Write(table);
                console.Out.WriteLine($"{results.Count} baris capaian.");
                break;
        }
    }

    public static void WriteObjectives(IReadOnlyList<(string PlanElement, int Year, Explained<decimal?> Capaian)> rows, ScaleSet scales, string format, CliConsole console)
    {
        string? Category(decimal? value) => value is { } v ? scales.CapaianCategory.Classify(v)?.Label : null;
        switch (format)
        {
            case "csv":
                console.Out.WriteLine("rencana,tahun,capaian,kategori");
                foreach (var (element, year, capaian) in rows)
                {
                    console.Out.WriteLine(Csv.Line(element, year.ToString(Invariant), Rounded(capaian.Value), Category(capaian.Value) ?? ""));
                }
                break;
            case "json":
                Json.Write(console.Out, rows.Select(r => new
                {
                    rencana = r.PlanElement,
                    tahun = r.Year,
                    capaian = r.Capaian.Value,
                    kategori = Category(r.Capaian.Value),
                    penjelasan = Json.Explanation(r.Capaian),
                }));
                break;
            default:
                var table = new Table().AddColumns("Sasaran", "Tahun", "Capaian (%)", "Kategori", "Perhitungan");
                foreach (var (element, year, capaian) in rows)
                {
                    table.AddRow(Markup.Escape(element), year.ToString(Invariant), Display.Number(capaian.Value, Id),
                        Category(capaian.Value) ?? "-", Markup.Escape(ExplanationText.Substituted(capaian, Id)));
                }
                console.Human.Write(table);
                console.Out.WriteLine($"{rows.Count} baris capaian sasaran.");
                break;
        }
    }

    static string TargetText(TargetValue? target, CultureInfo culture) => target switch
    {
        null => "",
        { Max: { } max } => $"{target.Min.ToString(culture)}..{max.ToString(culture)}",
        _ => target.Min.ToString(culture),
    };

    static string Raw(decimal? value) => value?.ToString(Invariant) ?? "";

    static string Rounded(decimal? value) => value is { } v ? Display.Round(v).ToString("0.00", Invariant) : "";
}
