using Sakip.Core.Measurement;
using Sakip.Core.Problems;

namespace Sakip.Core.Workflow;

/// <summary>
/// The approval cycle of every <see cref="CycleObject"/>: draft → diajukan → disetujui (locked), or back to the unit with
/// a note; an approved object is changed only after an explicit, recorded unlock. Like DHIS2's data approval, the
/// verifier sits in a unit above the object's unit, and a unit is approved only after the units below it.
/// </summary>
public static class WorkflowRules
{
    /// <summary>Submitted and approved objects are locked for everyone: pages, API and import.</summary>
    public static bool IsLocked(ApprovalStatus status) => status is ApprovalStatus.Submitted or ApprovalStatus.Approved;

    /// <summary>The status after <paramref name="action"/>, or the problem that refuses it. Notes and reasons are required where the other side needs them.</summary>
    public static (ApprovalStatus Status, Problem? Problem) Apply(ApprovalStatus status, WorkflowAction action, string? note) => action switch
    {
        WorkflowAction.Submit => status is ApprovalStatus.Draft or ApprovalStatus.Returned
            ? (ApprovalStatus.Submitted, null)
            : (status, new Problem("status", status == ApprovalStatus.Submitted
                ? "Sudah diajukan dan menunggu verifikasi."
                : "Sudah disetujui dan terkunci; minta verifikator membuka kuncinya untuk mengubahnya.")),
        WorkflowAction.Return => string.IsNullOrWhiteSpace(note)
            ? (status, new Problem("catatan", "Catatan pengembalian wajib diisi: tuliskan apa yang harus diperbaiki."))
            : status == ApprovalStatus.Submitted ? (ApprovalStatus.Returned, null)
            : (status, new Problem("status", "Hanya yang sudah diajukan yang dapat dikembalikan.")),
        WorkflowAction.Approve => status == ApprovalStatus.Submitted
            ? (ApprovalStatus.Approved, null)
            : (status, new Problem("status", "Hanya yang sudah diajukan yang dapat disetujui.")),
        WorkflowAction.Unlock => string.IsNullOrWhiteSpace(note)
            ? (status, new Problem("catatan", "Alasan membuka kunci wajib diisi; alasan ini tercatat pada revisi."))
            : status == ApprovalStatus.Approved ? (ApprovalStatus.Draft, null)
            : (status, new Problem("status", "Hanya yang sudah disetujui yang dapat dibuka kuncinya.")),
    };

    /// <summary>A person deciding on (returning, approving, unlocking) an object of a unit.</summary>
    /// <param name="UnitPath">The path of the person's own unit (<c>/1/2/</c>); null when the account has none.</param>
    public sealed record Decider(string? UserId, string? UnitPath, bool IsVerifier, bool IsAdmin);

    /// <summary>
    /// Who may return or approve: a Verifikator of a unit strictly above the object's unit, never of the unit itself;
    /// an Admin anywhere (the top unit has no unit above it). Nobody decides on what they submitted themselves.
    /// </summary>
    public static Problem? MayDecide(Decider who, string objectUnitPath, string? submittedBy)
    {
        if (submittedBy is not null && who.UserId == submittedBy)
        {
            return new Problem("status", "Anda sendiri yang mengajukannya; verifikasi harus dilakukan orang lain.");
        }
        if (who.IsAdmin)
        {
            return null;
        }
        if (!who.IsVerifier || who.UnitPath is not { } own || !objectUnitPath.StartsWith(own, StringComparison.Ordinal))
        {
            return new Problem("status", "Hanya Verifikator unit di atasnya yang dapat memverifikasi.");
        }
        return own == objectUnitPath
            ? new Problem("status", "Verifikator tidak dapat memverifikasi unitnya sendiri; verifikasi dilakukan Verifikator unit di atasnya.")
            : null;
    }

    /// <summary>An approved object is unlocked by the one who approved it or by an Admin.</summary>
    public static Problem? MayUnlock(Decider who, string? approvedBy) =>
        who.IsAdmin || (approvedBy is not null && who.UserId == approvedBy)
            ? null
            : new Problem("status", "Hanya verifikator yang menyetujuinya atau Admin yang dapat membuka kunci.");

    /// <summary>The state of the same object of a unit below.</summary>
    public sealed record Below(string UnitName, ApprovalStatus Status);

    /// <summary>
    /// A unit is approved only after the units below it that report on the same object: one submitted, returned or in
    /// draft refuses the approval, naming them. Units that have not started the object do not hold it up.
    /// </summary>
    public static Problem? BelowApproved(IEnumerable<Below> below)
    {
        var pending = below.Where(b => b.Status != ApprovalStatus.Approved).Select(b => $"{b.UnitName} ({Approval.Label(b.Status)})").ToList();
        return pending.Count == 0 ? null
            : new Problem("status", $"Belum dapat disetujui: unit di bawahnya belum disetujui — {string.Join(", ", pending)}.");
    }
}
