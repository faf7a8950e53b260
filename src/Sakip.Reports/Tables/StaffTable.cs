using Sakip.Core.Organisation;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Tables;

/// <summary>Staff of a unit in a year by one dimension (jabatan, golongan or pendidikan) and gender.</summary>
public sealed record StaffTable(string Dimension, IReadOnlyList<StaffTable.Line> Lines)
{
    public static StaffTable For(IEnumerable<StaffCount> staff, string dimension, Func<StaffCount, string?> key) =>
        new(dimension, [.. staff.GroupBy(s => string.IsNullOrWhiteSpace(key(s)) ? "Tidak dirinci" : key(s)!, StringComparer.Ordinal)
            .Select(g => new Line(g.Key, Sum(g, Gender.Male), Sum(g, Gender.Female), g.Sum(s => s.Count)))]);

    static int Sum(IEnumerable<StaffCount> counts, Gender gender) => counts.Where(s => s.Gender == gender).Sum(s => s.Count);

    /// <summary>Whether the counts are broken down by this dimension at all.</summary>
    public bool IsBrokenDown => Lines.Any(l => l.Key != "Tidak dirinci");

    public int Total => Lines.Sum(l => l.Total);

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("No.", CellAlign.Center, 0.4m), new Column(Dimension, Width: 2.5m), new Column("Laki-laki", CellAlign.Right),
            new Column("Perempuan", CellAlign.Right), new Column("Jumlah", CellAlign.Right),
        ],
        [
            .. Lines.Select((l, i) => Row.Of(Cells.Number(i + 1), l.Key, Cells.Count(l.Male), Cells.Count(l.Female), Cells.Count(l.Total))),
            new Row(["", "Jumlah", Cells.Count(Lines.Sum(l => l.Male)), Cells.Count(Lines.Sum(l => l.Female)), Cells.Count(Total)], RowKind.Total),
        ])
    {
        Notes = Lines.Any(l => l.Male + l.Female != l.Total) ? ["Sebagian jumlah pegawai tidak dirinci menurut jenis kelamin."] : [],
    };

    public ChartBlock ToChart(string number, string caption) =>
        new(number, caption, ChartKind.Bar, [.. Lines.Select(l => l.Key)], [new ChartSeries("Jumlah pegawai", [.. Lines.Select(l => (decimal?)l.Total)])])
        {
            ValueLabel = "Orang",
        };

    public sealed record Line(string Key, int Male, int Female, int Total);
}
