using System.Globalization;
using Sakip.Cli.Terminal;
using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Organisation;
using Sakip.Core.Scales;
using Spectre.Console;

namespace Sakip.Cli.Commands;

/// <summary>Writes evaluation scores and yearly recaps as a table (id-ID, for people) or CSV (invariant, fixed headers).</summary>
static class EvaluationOutput
{
    static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");
    static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public const string ScoresHeader = "instansi,tahun,nilai,predikat";
    public const string SummaryHeader = "tahun,jumlah,rata_rata,predikat_rata_rata,jumlah_min_b,persen_min_b,jumlah_min_bb,persen_min_bb";

    public sealed record UnitScore(string Unit, int Year, decimal Score, Band? Grade);

    /// <summary>Every unit and year with a final score (<see cref="EvaluationRules.FinalScore"/>), by year, then best score first, then code.</summary>
    public static List<UnitScore> Scores(IReadOnlyList<EvaluationScore> scores, Scale grades) =>
    [
        .. scores.GroupBy(s => (s.Unit, s.Year))
            .Select(g => (g.Key, Score: EvaluationRules.FinalScore([.. g]).Value))
            .Where(x => x.Score is not null)
            .Select(x => new UnitScore(x.Key.Unit, x.Key.Year, x.Score!.Value, EvaluationRules.Grade(x.Score, grades)))
            .OrderBy(s => s.Year).ThenByDescending(s => s.Score).ThenBy(s => s.Unit, StringComparer.Ordinal),
    ];

    public static List<EvaluationRecap> Recaps(IReadOnlyList<EvaluationScore> scores, Scale grades) =>
        [.. scores.Select(s => s.Year).Distinct().Order().Select(y => EvaluationRecap.For(y, scores, grades)).Where(r => r.Units.Count > 0)];

    public static void WriteScores(IReadOnlyList<UnitScore> rows, IReadOnlyList<Unit> units, string format, CliConsole console)
    {
        if (format == "csv")
        {
            console.Out.WriteLine(ScoresHeader);
            foreach (var r in rows)
            {
                console.Out.WriteLine(Csv.Line(r.Unit, r.Year.ToString(Invariant), Rounded(r.Score), r.Grade?.Label ?? ""));
            }
            return;
        }
        var names = units.GroupBy(u => u.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var table = new Table().AddColumns("Instansi", "Nama", "Tahun", "Nilai", "Predikat");
        table.Columns[3].RightAligned();
        foreach (var r in rows)
        {
            table.AddRow(Markup.Escape(r.Unit), Markup.Escape(names.GetValueOrDefault(r.Unit) ?? ""), r.Year.ToString(Invariant),
                Display.Number(r.Score, Id), Markup.Escape(r.Grade?.Label ?? "-"));
        }
        console.Human.Write(table);
        console.Out.WriteLine($"{rows.Count} nilai akhir evaluasi.");
    }

    public static void WriteSummary(IReadOnlyList<EvaluationRecap> recaps, Scale grades, string format, CliConsole console)
    {
        var rows = recaps.Select(r => (Recap: r, B: r.AtLeast("B", grades), BB: r.AtLeast("BB", grades))).ToList();
        if (format == "csv")
        {
            console.Out.WriteLine(SummaryHeader);
            foreach (var (r, b, bb) in rows)
            {
                console.Out.WriteLine(Csv.Line(r.Year.ToString(Invariant), r.Units.Count.ToString(Invariant), Rounded(r.Mean.Value), r.MeanGrade?.Label ?? "",
                    b?.Count.ToString(Invariant) ?? "", Rounded(b?.Share.Value), bb?.Count.ToString(Invariant) ?? "", Rounded(bb?.Share.Value)));
            }
            return;
        }
        var table = new Table().AddColumns("Tahun", "Jumlah instansi", "Rata-rata", "Predikat rata-rata", "Minimal B", "% minimal B", "Minimal BB", "% minimal BB");
        foreach (var index in new[] { 1, 2, 4, 5, 6, 7 })
        {
            table.Columns[index].RightAligned();
        }
        foreach (var (r, b, bb) in rows)
        {
            table.AddRow(r.Year.ToString(Invariant), r.Units.Count.ToString(Id), Display.Number(r.Mean.Value, Id), Markup.Escape(r.MeanGrade?.Label ?? "-"),
                b?.Count.ToString(Id) ?? "-", Display.Number(b?.Share.Value, Id), bb?.Count.ToString(Id) ?? "-", Display.Number(bb?.Share.Value, Id));
        }
        console.Human.Write(table);
        console.Out.WriteLine($"Rekapitulasi {rows.Count} tahun.");
    }

    static string Rounded(decimal? value) => value is { } v ? Display.Round(v).ToString("0.00", Invariant) : "";
}
