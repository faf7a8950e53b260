using Sakip.Core.Measurement;

namespace Sakip.Web.Features.Alur;

/// <summary>The colour of a status badge: one mapping for the object page, the overview and the inbox.</summary>
public static class StatusBadge
{
    public static string Css(ApprovalStatus? status) => status switch
    {
        ApprovalStatus.Submitted => "text-bg-primary",
        ApprovalStatus.Approved => "text-bg-success",
        ApprovalStatus.Returned => "text-bg-warning",
        _ => "text-bg-light border",
    };

    /// <summary>"Belum diajukan" rather than "Draf" where no item exists yet.</summary>
    public static string Text(ApprovalStatus? status) => status is { } s ? Approval.Label(s) : "Belum diajukan";
}
