using System.Globalization;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;
using Sakip.Reports.Workflow;

namespace Sakip.Reports.Tests.Workflow;

/// <summary>
/// Three units against three windows of 2021 in WITA, looked at on 10 October 2021 (Makassar), statuses worked out by
/// hand: quarter I closed 15 April, the PK 28 February, quarter III closes 15 October (still open).
/// </summary>
public sealed class TimelinessTableTests
{
    static readonly TimeZoneInfo Wita = IndonesianTimeZones.Find("WITA")!;

    static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    static readonly TimelinessTable.Scheduled Q1 = new(CycleObject.Realisation, Period.Q1, new EntryWindow(new DateOnly(2021, 4, 1), new DateOnly(2021, 4, 15), LatePolicy.Mark));
    static readonly TimelinessTable.Scheduled Pk = new(CycleObject.Agreement, Period.Annual, new EntryWindow(null, new DateOnly(2021, 2, 28), LatePolicy.Refuse));
    static readonly TimelinessTable.Scheduled Q3 = new(CycleObject.Realisation, Period.Q3, new EntryWindow(new DateOnly(2021, 10, 1), new DateOnly(2021, 10, 15), LatePolicy.Mark));

    static TimelinessTable Table(params TimelinessTable.Submission[] submissions) => TimelinessTable.For(
        2021,
        [new("HUKUM", "Biro Hukum"), new("POD", "Biro POD"), new("KESRA", "Biro Kesra")],
        [Q3, Q1, Pk],
        submissions,
        Wita,
        At("2021-10-10T12:00:00+08:00"));

    [Fact]
    public void Each_unit_gets_its_statuses_score_and_rank_as_worked_out_by_hand()
    {
        var table = Table(
            // POD: the PK on the last minute of 28 February in Makassar, quarter I on time, quarter III early.
            new("POD", CycleObject.Agreement, Period.Annual, At("2021-02-28T23:59:00+08:00"), false),
            new("POD", CycleObject.Realisation, Period.Q1, At("2021-04-10T09:00:00+08:00"), false),
            new("POD", CycleObject.Realisation, Period.Q3, At("2021-10-05T09:00:00+08:00"), false),
            // HUKUM: quarter I in the first minute of 16 April: late; no PK: missing; quarter III not due.
            new("HUKUM", CycleObject.Realisation, Period.Q1, At("2021-04-16T00:00:00+08:00"), false),
            // KESRA: the PK at 16.30 UTC on 28 February, 00.30 on 1 March in Makassar: late; quarter I on time.
            new("KESRA", CycleObject.Agreement, Period.Annual, At("2021-02-28T16:30:00Z"), false),
            new("KESRA", CycleObject.Realisation, Period.Q1, At("2021-04-15T23:59:00+08:00"), false));

        table.Columns.Select(c => c.Key).ShouldBe(["pk-tahunan", "realisasi-tw1", "realisasi-tw3"]);
        var rows = table.Units.ToDictionary(u => u.Code);
        rows["POD"].Cells.Select(c => c.Status).ShouldBe([TimelinessStatus.OnTime, TimelinessStatus.OnTime, TimelinessStatus.OnTime]);
        rows["KESRA"].Cells.Select(c => c.Status).ShouldBe([TimelinessStatus.Late, TimelinessStatus.OnTime, TimelinessStatus.NotDue]);
        rows["HUKUM"].Cells.Select(c => c.Status).ShouldBe([TimelinessStatus.Missing, TimelinessStatus.Late, TimelinessStatus.NotDue]);
        rows["POD"].Score.Value.ShouldBe(100m);
        rows["KESRA"].Score.Value.ShouldBe(75m);
        rows["HUKUM"].Score.Value.ShouldBe(25m);
        table.Units.Select(u => (u.Rank, u.Code)).ShouldBe([(1, "POD"), (2, "KESRA"), (3, "HUKUM")]);
    }

    [Fact]
    public void Equal_scores_share_a_rank_and_a_unit_with_nothing_due_is_unranked_at_the_end()
    {
        var table = TimelinessTable.For(2021,
            [new("A", "Biro A"), new("B", "Biro B"), new("C", "Biro C"), new("D", "Biro D")],
            [Q1, Q3],
            [
                new("A", CycleObject.Realisation, Period.Q1, At("2021-04-02T09:00:00+08:00"), false),
                new("B", CycleObject.Realisation, Period.Q1, At("2021-04-03T09:00:00+08:00"), false),
            ],
            Wita,
            At("2021-10-10T12:00:00+08:00"));

        table.Units.Select(u => (u.Rank, u.Code)).ShouldBe([(1, "A"), (1, "B"), (3, "C"), (3, "D")]);
        table.Units.Single(u => u.Code == "C").Score.Value.ShouldBe(0m);
    }

    [Fact]
    public void Before_any_window_closes_nothing_is_scored_and_nobody_is_ranked()
    {
        var table = TimelinessTable.For(2021, [new("A", "Biro A")], [Q3], [], Wita, At("2021-10-15T23:59:00+08:00"));

        table.Units.Single().Cells.Single().Status.ShouldBe(TimelinessStatus.NotDue);
        table.Units.Single().Rank.ShouldBeNull();
        table.Units.Single().Score.Value.ShouldBeNull();
    }

    [Fact]
    public void The_first_of_several_submissions_counts_and_a_recorded_late_flag_is_kept()
    {
        var table = Table(
            new("POD", CycleObject.Realisation, Period.Q1, At("2021-04-20T09:00:00+08:00"), false),
            new("POD", CycleObject.Realisation, Period.Q1, At("2021-04-12T09:00:00+08:00"), false),
            new("KESRA", CycleObject.Realisation, Period.Q1, At("2021-04-12T09:00:00+08:00"), true));

        var rows = table.Units.ToDictionary(u => u.Code);
        rows["POD"].Cells[1].ShouldBe(new TimelinessTable.Entry(TimelinessStatus.OnTime, At("2021-04-12T09:00:00+08:00")));
        rows["KESRA"].Cells[1].Status.ShouldBe(TimelinessStatus.Late);
    }

    [Fact]
    public void The_block_prints_labels_scores_and_how_the_score_is_computed()
    {
        var block = Table(new TimelinessTable.Submission("POD", CycleObject.Agreement, Period.Annual, At("2021-02-01T10:00:00+08:00"), false)).ToBlock("1", "Ketepatan waktu");

        block.Columns.Select(c => c.Header).ShouldBe(["Peringkat", "Unit", "Perjanjian Kinerja 2021", "Realisasi Triwulan I 2021", "Realisasi Triwulan III 2021", "Nilai"]);
        block.Rows[0].Cells.Select(c => c.Text).ShouldBe(["1.", "Biro POD", "Tepat waktu", "Tidak disampaikan", "Belum jatuh tempo", "50,00"]);
        block.Notes.Single().ShouldContain("23.59 WITA");
    }
}
