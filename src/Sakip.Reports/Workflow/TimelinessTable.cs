using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;
using Sakip.Reports.Documents;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Workflow;

/// <summary>
/// The timeliness record of a year (issue #10 item 8): for every reporting unit and every scheduled object/period,
/// on time, late, missing or not yet due, each unit's score (<see cref="Timeliness.Score"/>) and the ranking on it.
/// </summary>
/// <param name="Zone">The installation's zone the deadlines are read in (WIB/WITA/WIT).</param>
public sealed record TimelinessTable(int Year, string Zone, IReadOnlyList<TimelinessTable.Scheduled> Columns, IReadOnlyList<TimelinessTable.UnitRow> Units)
{
    public sealed record Unit(string Code, string Name);

    /// <summary>An object and period of the year with the window an Admin set for it.</summary>
    public sealed record Scheduled(CycleObject Kind, Period Period, EntryWindow Window)
    {
        public string Name(int year) => CycleObjects.Name(Kind, year, Period);

        /// <summary>"Realisasi Triwulan I", "Realisasi Tahunan", "Perjanjian Kinerja": the name under a heading that gives the year.</summary>
        public string Label => CycleObjects.IsQuarterly(Kind) ? $"{CycleObjects.Label(Kind)} {Periods.Label(Period)}" : CycleObjects.Label(Kind);

        /// <summary>"realisasi-tw1", "pk-tahunan": the column's key in the CSV and API.</summary>
        public string Key => $"{CycleObjects.Code(Kind)}-{PeriodCode(Period)}";
    }

    /// <summary>The first submission of an object (for the LKjIP: its first publication).</summary>
    public sealed record Submission(string UnitCode, CycleObject Kind, Period Period, DateTimeOffset FirstSubmittedAt, bool Late);

    public sealed record Entry(TimelinessStatus Status, DateTimeOffset? SubmittedAt);

    /// <param name="Rank">1 for the best score, equal scores share a rank; null when nothing of the unit is due yet.</param>
    public sealed record UnitRow(int? Rank, string Code, string Name, IReadOnlyList<Entry> Cells, Explained<decimal?> Score)
    {
        public int Count(TimelinessStatus status) => Cells.Count(c => c.Status == status);
    }

    public static TimelinessTable For(
        int year, IEnumerable<Unit> units, IEnumerable<Scheduled> schedules, IEnumerable<Submission> submissions, TimeZoneInfo zone, DateTimeOffset now)
    {
        var columns = schedules.OrderBy(s => s.Kind).ThenBy(s => s.Period).ToList();
        var first = submissions.GroupBy(s => (s.UnitCode, s.Kind, s.Period)).ToDictionary(g => g.Key, g => g.MinBy(s => s.FirstSubmittedAt)!);
        var rows = units.Select(u =>
        {
            var cells = columns.Select(c => first.GetValueOrDefault((u.Code, c.Kind, c.Period)) is { } s
                ? new Entry(Timeliness.Of(c.Window, zone, s.FirstSubmittedAt, s.Late, now), s.FirstSubmittedAt)
                : new Entry(Timeliness.Of(c.Window, zone, null, false, now), null)).ToList();
            return new UnitRow(null, u.Code, u.Name, cells, Timeliness.Score(cells.Select(c => c.Status)));
        }).OrderByDescending(r => r.Score.Value.HasValue).ThenByDescending(r => r.Score.Value).ThenBy(r => r.Name, StringComparer.Ordinal).ToList();
        for (var i = 0; i < rows.Count && rows[i].Score.Value is { } score; i++)
        {
            rows[i] = rows[i] with { Rank = i > 0 && rows[i - 1].Score.Value == score ? rows[i - 1].Rank : i + 1 };
        }
        return new TimelinessTable(year, zone.Id, columns, rows);
    }

    /// <summary>tw1..tw4 and tahunan, as realisasi.periode in the data package.</summary>
    public static string PeriodCode(Period period) => period switch
    {
        Period.Q1 => "tw1",
        Period.Q2 => "tw2",
        Period.Q3 => "tw3",
        Period.Q4 => "tw4",
        Period.Annual => "tahunan",
    };

    public TableBlock ToBlock(string number, string caption) => new(number, caption,
        [
            new Column("Peringkat", CellAlign.Center, 0.6m), new Column("Unit", Width: 3),
            .. Columns.Select(c => new Column(c.Name(Year), CellAlign.Center)),
            new Column("Nilai", CellAlign.Right),
        ],
        [
            .. Units.Select(u => new Row([
                u.Rank is { } rank ? Cells.Number(rank) : "-", u.Name,
                .. u.Cells.Select(c => (Documents.Cell)Timeliness.Label(c.Status)),
                Cells.Percent(u.Score, Timeliness.ScoreMethod),
            ])),
        ])
    {
        Notes = [$"Nilai = (tepat waktu + 0,5 × terlambat) / (tepat waktu + terlambat + tidak disampaikan) × 100; yang belum jatuh tempo tidak dihitung. Batas waktu pukul 23.59 {Zone}."],
    };
}
