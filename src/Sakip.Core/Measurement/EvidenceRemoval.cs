using Sakip.Core.Problems;

namespace Sakip.Core.Measurement;

/// <summary>
/// Removing an evidence file (bukti dukung) from a realisation. The file is kept with the reason (design.md "Nothing is
/// lost"); removal follows the editing rule, so a submitted or approved realisation keeps its evidence.
/// </summary>
public static class EvidenceRemoval
{
    public const int MaxReasonLength = 500;

    /// <summary>Null when the file may be removed; otherwise the problem (<c>status</c>: the state forbids it, <c>alasan</c>: the reason).</summary>
    public static Problem? Check(ApprovalStatus status, bool isAdmin, string? reason) =>
        !Approval.CanEdit(status, isAdmin) ? new Problem("status", "Bukti dukung tidak dapat dihapus karena realisasi sudah diajukan atau disetujui (terkunci).")
        : CheckReason(reason);

    /// <summary>Null when the file may be replaced by a new one (it is kept, removed with the reason); otherwise the problem, as <see cref="Check"/>.</summary>
    public static Problem? CheckReplacement(ApprovalStatus status, bool isAdmin, string? reason) =>
        !Approval.CanEdit(status, isAdmin) ? new Problem("status", "Bukti dukung tidak dapat diganti karena realisasi sudah diajukan atau disetujui (terkunci).")
        : string.IsNullOrWhiteSpace(reason) ? new Problem("alasan", "Alasan penggantian berkas wajib diisi.")
        : CheckReason(reason);

    /// <summary>Null when the reason may be kept with the removed file (every evidence file, of a realisation or an evaluation).</summary>
    public static Problem? CheckReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? new Problem("alasan", "Alasan penghapusan bukti dukung wajib diisi.")
        : reason.Trim().Length > MaxReasonLength ? new Problem("alasan", $"Alasan penghapusan paling banyak {MaxReasonLength} karakter.")
        : null;
}
