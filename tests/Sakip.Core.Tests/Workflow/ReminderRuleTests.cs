using Sakip.Core.Workflow;

namespace Sakip.Core.Tests.Workflow;

public sealed class ReminderRuleTests
{
    static readonly EntryWindow QuarterIv = new(null, new DateOnly(2022, 1, 31), LatePolicy.Mark);

    /// <summary>Quarter IV of 2021 closes 31 January 2022 (23.59 local); reminders 7 days before, escalation 3 days after.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "WIB", "2022-01-24T16:59:00Z", "" },
        { "WIB", "2022-01-24T17:00:00Z", "Before" },
        { "WIB", "2022-01-31T16:59:00Z", "Before" },
        { "WIB", "2022-01-31T17:00:00Z", "Overdue" },
        { "WIB", "2022-02-03T16:59:00Z", "Overdue" },
        { "WIB", "2022-02-03T17:00:00Z", "Overdue,Escalation" },
        { "WIB", "2022-03-05T16:59:00Z", "Overdue,Escalation" },
        { "WIB", "2022-03-05T17:00:00Z", "" },
        { "WIT", "2022-01-24T14:59:00Z", "" },
        { "WIT", "2022-01-24T15:00:00Z", "Before" },
        { "WIT", "2022-01-31T14:59:00Z", "Before" },
        { "WIT", "2022-01-31T15:00:00Z", "Overdue" },
        { "WIT", "2022-02-03T14:59:00Z", "Overdue" },
        { "WIT", "2022-02-03T15:00:00Z", "Overdue,Escalation" },
        { "WITA", "2022-01-31T15:59:00Z", "Before" },
        { "WITA", "2022-01-31T16:00:00Z", "Overdue" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Due_switches_at_the_minute_the_local_day_ends(string zone, string at, string expected)
    {
        var due = ReminderRule.Due(QuarterIv, IndonesianTimeZones.Find(zone)!, 7, 3, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture));

        string.Join(",", due).ShouldBe(expected);
    }

    [Fact]
    public void Due_sends_no_reminder_before_the_window_opens()
    {
        var window = QuarterIv with { OpensOn = new DateOnly(2022, 1, 28) };
        var wib = IndonesianTimeZones.Find("WIB")!;

        ReminderRule.Due(window, wib, 7, 3, new DateTimeOffset(2022, 1, 27, 16, 59, 0, TimeSpan.Zero)).ShouldBeEmpty();
        ReminderRule.Due(window, wib, 7, 3, new DateTimeOffset(2022, 1, 27, 17, 0, 0, TimeSpan.Zero)).ShouldBe([ReminderKind.Before]);
    }

    [Fact]
    public void Due_sends_no_reminder_when_days_before_is_zero()
    {
        var wib = IndonesianTimeZones.Find("WIB")!;

        ReminderRule.Due(QuarterIv, wib, 0, 3, new DateTimeOffset(2022, 1, 31, 16, 59, 0, TimeSpan.Zero)).ShouldBeEmpty();
    }

    [Fact]
    public void Due_escalates_with_the_overdue_notice_when_days_after_is_zero()
    {
        var wib = IndonesianTimeZones.Find("WIB")!;

        ReminderRule.Due(QuarterIv, wib, 7, 0, new DateTimeOffset(2022, 1, 31, 17, 0, 0, TimeSpan.Zero)).ShouldBe([ReminderKind.Overdue, ReminderKind.Escalation]);
    }
}
