namespace Sakip.Core.Evaluation;

/// <summary>Maps a follow-up status as printed in a report to <see cref="FollowUpStatus"/> (spec "Review").</summary>
public static class PrintedStatus
{
    static readonly Dictionary<string, FollowUpStatus> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sudah"] = FollowUpStatus.Done,
        ["selesai"] = FollowUpStatus.Done,
        ["dalam proses"] = FollowUpStatus.InProgress,
        ["sedang dilaksanakan"] = FollowUpStatus.InProgress,
        ["segera dilaksanakan"] = FollowUpStatus.InProgress,
        ["belum"] = FollowUpStatus.NotStarted,
        ["belum dilaksanakan"] = FollowUpStatus.NotStarted,
        ["akan diusulkan"] = FollowUpStatus.NotStarted,
        ["akan dilaksanakan"] = FollowUpStatus.NotStarted,
    };

    /// <summary>The status a printed text stands for, or null when the text is unknown (reported, never guessed).</summary>
    public static FollowUpStatus? Parse(string printed) =>
        Known.TryGetValue(string.Join(' ', printed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), out var status)
            ? status
            : null;
}
