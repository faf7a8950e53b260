using Sakip.Core.Problems;

namespace Sakip.Core.Measurement;

/// <summary>The submit → verify → approve (locked) or return cycle of a realisation (design.md, step 3).</summary>
public static class Approval
{
    /// <summary>Whether the unit may still change the realisation. Approved data is locked; an Admin may correct it, which keeps a version.</summary>
    public static bool CanEdit(ApprovalStatus status, bool isAdmin) =>
        isAdmin || status is ApprovalStatus.Draft or ApprovalStatus.Returned;

    public static (ApprovalStatus Status, Problem? Problem) Submit(ApprovalStatus status, bool hasValue) => (status, hasValue) switch
    {
        (_, false) => (status, new Problem("nilai", "Realisasi belum diisi; isi dulu sebelum diajukan.")),
        (ApprovalStatus.Draft or ApprovalStatus.Returned, true) => (ApprovalStatus.Submitted, null),
        (ApprovalStatus.Submitted, true) => (status, new Problem("status", "Realisasi sudah diajukan dan menunggu verifikasi.")),
        (ApprovalStatus.Approved, true) => (status, new Problem("status", "Realisasi sudah disetujui dan terkunci.")),
    };

    public static (ApprovalStatus Status, Problem? Problem) Approve(ApprovalStatus status) => status == ApprovalStatus.Submitted
        ? (ApprovalStatus.Approved, null)
        : (status, new Problem("status", "Hanya realisasi yang sudah diajukan yang dapat disetujui."));

    /// <summary>Returning needs a note that tells the unit what to fix.</summary>
    public static (ApprovalStatus Status, Problem? Problem) Return(ApprovalStatus status, string? note) =>
        string.IsNullOrWhiteSpace(note) ? (status, new Problem("catatan", "Catatan pengembalian wajib diisi."))
        : status is ApprovalStatus.Submitted or ApprovalStatus.Approved ? (ApprovalStatus.Returned, null)
        : (status, new Problem("status", "Hanya realisasi yang sudah diajukan atau disetujui yang dapat dikembalikan."));

    public static string Label(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Draft => "Draf",
        ApprovalStatus.Submitted => "Diajukan",
        ApprovalStatus.Approved => "Disetujui",
        ApprovalStatus.Returned => "Dikembalikan",
    };
}
