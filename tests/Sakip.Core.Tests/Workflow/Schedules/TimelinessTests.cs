using System.Globalization;
using Sakip.Core.Explaining;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;

namespace Sakip.Core.Tests.Workflow.Schedules;

/// <summary>Quarter IV of 2021 closes 31 January 2022: 23.59 that day in the installation's zone is on time, 00.00 of 1 February is late.</summary>
public sealed class TimelinessTests
{
    static readonly EntryWindow QuarterIv = new(new DateOnly(2022, 1, 1), new DateOnly(2022, 1, 31), LatePolicy.Mark);

    static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    static TimeZoneInfo Zone(string code) => IndonesianTimeZones.Find(code).ShouldNotBeNull();

    public static TheoryData<string, string, TimelinessStatus> Submissions => new()
    {
        { "WIB", "2022-01-31T23:59:00+07:00", TimelinessStatus.OnTime },
        { "WIB", "2022-01-31T23:59:59.999+07:00", TimelinessStatus.OnTime },
        { "WIB", "2022-02-01T00:00:00+07:00", TimelinessStatus.Late },
        { "WITA", "2022-01-31T23:59:00+08:00", TimelinessStatus.OnTime },
        { "WITA", "2022-02-01T00:00:00+08:00", TimelinessStatus.Late },
        { "WIT", "2022-01-31T23:59:00+09:00", TimelinessStatus.OnTime },
        { "WIT", "2022-02-01T00:00:00+09:00", TimelinessStatus.Late },
        // One instant, 16.30 UTC: 23.30 in Jakarta (on time), already 1 February in Makassar and Jayapura.
        { "WIB", "2022-01-31T16:30:00Z", TimelinessStatus.OnTime },
        { "WITA", "2022-01-31T16:30:00Z", TimelinessStatus.Late },
        { "WIT", "2022-01-31T16:30:00Z", TimelinessStatus.Late },
        { "WIB", "2022-01-05T09:00:00+07:00", TimelinessStatus.OnTime },
    };

    [Theory]
    [MemberData(nameof(Submissions))]
    public void A_submission_is_on_time_until_the_last_minute_of_the_closing_day_in_the_zone(string zone, string submittedAt, TimelinessStatus expected) =>
        Timeliness.Of(QuarterIv, Zone(zone), At(submittedAt), recordedLate: false, now: At("2022-06-01T00:00:00Z")).ShouldBe(expected);

    public static TheoryData<string, string, TimelinessStatus> Unsubmitted => new()
    {
        { "WIB", "2022-01-31T23:59:00+07:00", TimelinessStatus.NotDue },
        { "WIB", "2022-02-01T00:00:00+07:00", TimelinessStatus.Missing },
        { "WITA", "2022-01-31T23:59:00+08:00", TimelinessStatus.NotDue },
        { "WITA", "2022-02-01T00:00:00+08:00", TimelinessStatus.Missing },
        { "WIT", "2022-01-31T23:59:00+09:00", TimelinessStatus.NotDue },
        { "WIT", "2022-02-01T00:00:00+09:00", TimelinessStatus.Missing },
        { "WIB", "2021-12-15T10:00:00+07:00", TimelinessStatus.NotDue },
    };

    [Theory]
    [MemberData(nameof(Unsubmitted))]
    public void Nothing_submitted_is_not_due_until_the_window_closes_then_missing(string zone, string now, TimelinessStatus expected) =>
        Timeliness.Of(QuarterIv, Zone(zone), null, recordedLate: false, now: At(now)).ShouldBe(expected);

    [Fact]
    public void A_submission_recorded_late_stays_late_after_the_window_is_extended()
    {
        var extended = QuarterIv with { ClosesOn = new DateOnly(2022, 2, 28) };

        var status = Timeliness.Of(extended, Zone("WIB"), At("2022-02-03T10:00:00+07:00"), recordedLate: true, now: At("2022-06-01T00:00:00Z"));

        status.ShouldBe(TimelinessStatus.Late);
    }

    public static TheoryData<TimelinessStatus[], decimal?, string> Scores => new()
    {
        { [TimelinessStatus.OnTime, TimelinessStatus.Late, TimelinessStatus.Missing, TimelinessStatus.OnTime], 62.5m, "(2 + 0,5 × 1) / 4 × 100" },
        { [TimelinessStatus.OnTime, TimelinessStatus.NotDue], 100m, "not due is left out" },
        { [TimelinessStatus.Missing, TimelinessStatus.Missing], 0m, "missing counts 0, a value, not none" },
        { [TimelinessStatus.Late], 50m, "late counts half" },
        { [TimelinessStatus.NotDue, TimelinessStatus.NotDue], null, "nothing due: no score" },
        { [], null, "nothing scheduled: no score" },
    };

    [Theory]
    [MemberData(nameof(Scores))]
    public void Score_counts_on_time_1_late_half_missing_0_out_of_100(TimelinessStatus[] statuses, decimal? expected, string why)
    {
        var score = Timeliness.Score(statuses);

        score.Value.ShouldBe(expected, why);
        score.Input("A").ShouldBe(statuses.Count(s => s == TimelinessStatus.OnTime));
        score.Input("C").ShouldBe(statuses.Count(s => s == TimelinessStatus.Missing));
    }

    [Fact]
    public void Score_explains_itself()
    {
        var score = Timeliness.Score([TimelinessStatus.OnTime, TimelinessStatus.Late, TimelinessStatus.Missing]);

        ExplanationText.Sentence("Nilai", score, CultureInfo.GetCultureInfo("id-ID")).ShouldContain("50,00");
        score.Formula.ShouldBe("({A} + 0,5 × {B}) / ({A} + {B} + {C}) × 100");
    }
}
