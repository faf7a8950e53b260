namespace Sakip.Core.Evaluation;

/// <summary>
/// The follow-up of a recommendation as its action plans say: the status and the text the LKjIP's follow-up table, the
/// API and the data package read (rekomendasi.status, rekomendasi.tindak_lanjut).
/// </summary>
public static class FollowUpProgress
{
    /// <summary>
    /// sudah when every action is done (and there is one), dalam_proses when any is started or done, belum otherwise;
    /// no value without actions (an imported recommendation keeps its own status).
    /// </summary>
    public static FollowUpStatus? Status(IReadOnlyCollection<FollowUpAction> actions) =>
        actions.Count == 0 ? null
        : actions.All(a => a.Status == FollowUpStatus.Done) ? FollowUpStatus.Done
        : actions.Any(a => a.Status is FollowUpStatus.InProgress or FollowUpStatus.Done) ? FollowUpStatus.InProgress
        : FollowUpStatus.NotStarted;

    /// <summary>One line per action: what was done, or else what is planned; no value without actions.</summary>
    public static string? Text(IReadOnlyCollection<FollowUpAction> actions) =>
        actions.Count == 0 ? null
        : string.Join("\n", actions.Select(a => (string.IsNullOrWhiteSpace(a.Result) ? a.Plan : a.Result).Trim().ReplaceLineEndings(" ")));
}
