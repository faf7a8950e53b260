namespace Sakip.Core.Evaluation;

/// <summary>rekomendasi.status: how far the follow-up (tindak lanjut) of a recommendation is.</summary>
public enum FollowUpStatus
{
    /// <summary>sudah — done.</summary>
    Done,

    /// <summary>dalam_proses — in progress.</summary>
    InProgress,

    /// <summary>belum — not started.</summary>
    NotStarted,
}
