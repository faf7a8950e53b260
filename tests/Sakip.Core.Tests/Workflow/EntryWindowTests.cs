using Sakip.Core.Workflow;

namespace Sakip.Core.Tests.Workflow;

/// <summary>The deadline at its boundary: the last minute of the closing day and the first after it, in each zone.</summary>
public sealed class EntryWindowTests
{
    static readonly EntryWindow QuarterFour = new(null, new DateOnly(2022, 1, 31), LatePolicy.Refuse);

    [Theory]
    // 31 January 23:59 local is on time; 1 February 00:00 local is late. WIB = UTC+7, WITA = UTC+8, WIT = UTC+9.
    [InlineData("WIB", "2022-01-31T16:59:00Z", false)]
    [InlineData("WIB", "2022-01-31T17:00:00Z", true)]
    [InlineData("WITA", "2022-01-31T15:59:00Z", false)]
    [InlineData("WITA", "2022-01-31T16:00:00Z", true)]
    [InlineData("WIT", "2022-01-31T14:59:00Z", false)]
    [InlineData("WIT", "2022-01-31T15:00:00Z", true)]
    public void The_window_closes_at_midnight_of_its_zone(string zone, string utc, bool late)
    {
        var at = DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture);
        var tz = IndonesianTimeZones.Find(zone).ShouldNotBeNull();
        QuarterFour.IsLate(at, tz).ShouldBe(late);
        (QuarterFour.CheckSubmission(at, tz, "Realisasi Triwulan IV 2021") is not null).ShouldBe(late);
    }

    [Fact]
    public void A_marking_window_accepts_late_submissions()
    {
        var wib = IndonesianTimeZones.Find("WIB")!;
        var window = QuarterFour with { Policy = LatePolicy.Mark };
        var after = new DateTimeOffset(2022, 2, 1, 0, 0, 0, TimeSpan.FromHours(7));
        window.IsLate(after, wib).ShouldBeTrue();
        window.CheckSubmission(after, wib, "x").ShouldBeNull();
    }

    [Fact]
    public void Before_the_window_opens_a_submission_is_refused()
    {
        var wib = IndonesianTimeZones.Find("Asia/Jakarta")!;
        var window = new EntryWindow(new DateOnly(2021, 4, 1), new DateOnly(2021, 4, 15), LatePolicy.Mark);
        window.CheckSubmission(new DateTimeOffset(2021, 3, 31, 23, 59, 0, TimeSpan.FromHours(7)), wib, "Realisasi Triwulan I 2021")
            .ShouldNotBeNull().Message.ShouldContain("baru dibuka 01-04-2021");
        window.CheckSubmission(new DateTimeOffset(2021, 4, 1, 0, 0, 0, TimeSpan.FromHours(7)), wib, "x").ShouldBeNull();
    }

    [Fact]
    public void The_refusal_names_the_deadline_and_the_zone()
    {
        QuarterFour.CheckSubmission(new DateTimeOffset(2022, 2, 1, 0, 0, 0, TimeSpan.FromHours(9)), IndonesianTimeZones.Find("WIT")!, "Realisasi Triwulan IV 2021")
            .ShouldNotBeNull().Message.ShouldContain("31-01-2022 pukul 23.59 WIT");
    }

    [Fact]
    public void Unknown_zones_are_not_guessed()
    {
        IndonesianTimeZones.Find("UTC").ShouldBeNull();
        IndonesianTimeZones.Find(null).ShouldBeNull();
    }
}
