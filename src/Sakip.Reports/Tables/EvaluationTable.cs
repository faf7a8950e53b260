using System.Globalization;
using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Scales;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>The SAKIP evaluation of the unit in its last years: component scores, the final score, the grade and the change.</summary>
public sealed record EvaluationTable(
    IReadOnlyList<int> Years, IReadOnlyList<EvaluationTable.Component> Components, IReadOnlyList<Explained<decimal?>> Finals,
    IReadOnlyList<Band?> Grades, Explained<decimal?> FinalChange)
{
    public const int LastYears = 3;

    /// <summary>
    /// The last evaluations up to <paramref name="year"/>: years with component scores (the LHE of the unit), else years
    /// with a final score only (a recap); at most <see cref="LastYears"/>.
    /// </summary>
    public static EvaluationTable For(IEnumerable<EvaluationScore> scores, string unit, int year, Scale grades)
    {
        var own = scores.Where(s => s.Unit == unit && s.Year <= year).ToList();
        var withComponents = own.Where(s => !s.IsFinal).Select(s => s.Year).Distinct().Order().ToList();
        List<int> years = [.. (withComponents.Count > 0 ? withComponents : own.Select(s => s.Year).Distinct().Order().ToList()).TakeLast(LastYears)];
        var names = own.Where(s => !s.IsFinal && years.Contains(s.Year)).Select(s => s.Component!).Distinct(StringComparer.Ordinal).ToList();
        var components = names.Select(name =>
        {
            var byYear = years.Select(y => own.FirstOrDefault(s => s.Year == y && s.Component == name)).ToList();
            var weight = byYear.LastOrDefault(s => s?.Weight is not null)?.Weight;
            return new Component(name, weight, [.. byYear.Select(s => s?.Score)], Difference(byYear.Select(s => s?.Score).ToList(), years));
        }).ToList();
        var finals = years.Select(y => EvaluationRules.FinalScore([.. own.Where(s => s.Year == y)])).ToList();
        return new(years, components, finals, [.. finals.Select(f => EvaluationRules.Grade(f.Value, grades))], Difference([.. finals.Select(f => f.Value)], years));
    }

    public bool IsEmpty => Years.Count == 0;

    /// <summary>The difference between the last two years; no value when there is one year or a score is missing.</summary>
    static Explained<decimal?> Difference(List<decimal?> values, List<int> years)
    {
        const string method = "Selisih nilai dari evaluasi sebelumnya";
        if (values.Count < 2)
        {
            return Explained.None(method, "belum ada evaluasi sebelumnya");
        }
        NamedValue[] inputs = [new("N1", values[^1], $"Nilai {years[^1]}"), new("N0", values[^2], $"Nilai {years[^2]}")];
        return (values[^1], values[^2]) is ({ } now, { } before)
            ? Explained.Compute(() => now - before, method, "{N1} − {N0}", inputs)
            : Explained.None(method, "ada nilai yang kosong", inputs);
    }

    public TableBlock ToBlock(string number, string caption)
    {
        var rows = Components.Select((c, i) => Row.Of(
        [
            Cells.Number(i + 1), c.Name, Cells.Text(c.Weight is { } w ? IdFormat(w) + "%" : null),
            .. c.Scores.Select(Cells.Value), Cells.Change(c.Change, "Selisih"),
        ])).ToList();
        rows.Add(new Row(["", "Nilai Hasil Evaluasi", Components.Count > 0 ? "100%" : "", .. Finals.Select(f => Cells.Percent(f, "Nilai akhir")), Cells.Change(FinalChange, "Selisih")], RowKind.Total));
        rows.Add(new Row(["", "Tingkat Akuntabilitas Kinerja", "", .. Grades.Select(g => Cells.Text(g?.FullLabel)), ""], RowKind.Total));
        return new(number, caption,
            [
                new Column("No.", CellAlign.Center, 0.4m), new Column("Komponen yang Dinilai", Width: 3), new Column("Bobot", CellAlign.Center),
                .. Years.Select(y => new Column("Nilai " + y.ToString(CultureInfo.InvariantCulture), CellAlign.Right)), new Column("+/-", CellAlign.Right),
            ],
            rows);
    }

    static string IdFormat(decimal weight) => Formatting.IdFormat.Value(weight);

    public sealed record Component(string Name, decimal? Weight, IReadOnlyList<decimal?> Scores, Explained<decimal?> Change);
}
