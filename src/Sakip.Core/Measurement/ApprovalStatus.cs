namespace Sakip.Core.Measurement;

/// <summary>Where a realisation stands in submit → verify → approve (locked) or return.</summary>
public enum ApprovalStatus
{
    /// <summary>Draf — being entered by the unit.</summary>
    Draft,

    /// <summary>Diajukan — submitted for verification.</summary>
    Submitted,

    /// <summary>Disetujui — approved and locked; a change creates a new version.</summary>
    Approved,

    /// <summary>Dikembalikan — returned with a note.</summary>
    Returned,
}
