using Sakip.Core.Explaining;

namespace Sakip.Core.Workflow.Schedules;

/// <summary>
/// The timeliness record (issue #10 item 8): each object and period of a unit scored on time, late or missing against
/// its window, the basis of the reward-and-punishment ranking the SAKIP evaluations ask for.
/// </summary>
public static class Timeliness
{
    /// <summary>The status of one object at <paramref name="now"/>.</summary>
    /// <param name="firstSubmittedAt">The first submission; later resubmissions after a return do not change timeliness.</param>
    /// <param name="recordedLate">
    /// Whether the submission was recorded late when it was made: it stays late even if an Admin extends the window
    /// afterwards, so a deadline moved after the fact does not erase a late submission.
    /// </param>
    /// <remarks>The window closes at the end of its last day in <paramref name="zone"/> (<see cref="EntryWindow.ClosesAfter"/>).</remarks>
    public static TimelinessStatus Of(EntryWindow window, TimeZoneInfo zone, DateTimeOffset? firstSubmittedAt, bool recordedLate, DateTimeOffset now) =>
        firstSubmittedAt is { } at
            ? recordedLate || window.IsLate(at, zone) ? TimelinessStatus.Late : TimelinessStatus.OnTime
            : window.IsLate(now, zone) ? TimelinessStatus.Missing : TimelinessStatus.NotDue;

    public static string Label(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => "Tepat waktu",
        TimelinessStatus.Late => "Terlambat",
        TimelinessStatus.Missing => "Tidak disampaikan",
        TimelinessStatus.NotDue => "Belum jatuh tempo",
    };

    /// <summary>The code in the API and CSV files.</summary>
    public static string Code(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => "tepat",
        TimelinessStatus.Late => "terlambat",
        TimelinessStatus.Missing => "tidak_ada",
        TimelinessStatus.NotDue => "belum_jatuh_tempo",
    };

    /// <summary>What one status counts in the score: on time 1, late ½, missing 0; not due is left out.</summary>
    public static decimal? Weight(TimelinessStatus status) => status switch
    {
        TimelinessStatus.OnTime => 1m,
        TimelinessStatus.Late => 0.5m,
        TimelinessStatus.Missing => 0m,
        TimelinessStatus.NotDue => null,
    };

    public const string ScoreMethod = "Nilai ketepatan waktu";

    /// <summary>
    /// The unit's score out of 100: (tepat + ½ × terlambat) / (tepat + terlambat + tidak disampaikan) × 100; no value
    /// while nothing is due yet (not zero: a unit with nothing due has not failed).
    /// </summary>
    public static Explained<decimal?> Score(IEnumerable<TimelinessStatus> statuses)
    {
        var list = statuses.ToList();
        decimal onTime = list.Count(s => s == TimelinessStatus.OnTime);
        decimal late = list.Count(s => s == TimelinessStatus.Late);
        decimal missing = list.Count(s => s == TimelinessStatus.Missing);
        NamedValue[] inputs = [new("A", onTime, "Tepat waktu"), new("B", late, "Terlambat"), new("C", missing, "Tidak disampaikan")];
        return onTime + late + missing == 0
            ? Explained.None(ScoreMethod, "belum ada jadwal yang jatuh tempo", inputs)
            : Explained.Of((onTime + 0.5m * late) / (onTime + late + missing) * 100m, ScoreMethod, "({A} + 0,5 × {B}) / ({A} + {B} + {C}) × 100", inputs);
    }
}
