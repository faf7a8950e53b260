using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.TindakLanjut;

/// <summary>How the follow-up states read on screen (Bahasa Indonesia) and their badge colours.</summary>
public static class FollowUpLabels
{
    public static string Status(FollowUpStatus status) => status switch
    {
        FollowUpStatus.Done => "Sudah",
        FollowUpStatus.InProgress => "Dalam proses",
        FollowUpStatus.NotStarted => "Belum",
    };

    /// <summary>A recommendation's status; an imported one without a known status shows what was printed.</summary>
    public static string Status(FollowUpStatus? status, string? printed) =>
        status is { } s ? Status(s) : string.IsNullOrWhiteSpace(printed) ? "Belum ada status" : printed;

    public static string StatusClass(FollowUpStatus? status) => status switch
    {
        FollowUpStatus.Done => "text-bg-success",
        FollowUpStatus.InProgress => "text-bg-warning",
        FollowUpStatus.NotStarted => "text-bg-secondary",
        null => "text-bg-light border",
    };

    public static string Verification(VerificationStatus verification) => verification switch
    {
        VerificationStatus.Open => "Belum diverifikasi",
        VerificationStatus.Closed => "Ditutup evaluator",
        VerificationStatus.Reopened => "Dibuka kembali",
    };

    public static string VerificationClass(VerificationStatus verification) => verification switch
    {
        VerificationStatus.Open => "text-bg-light border",
        VerificationStatus.Closed => "text-bg-primary",
        VerificationStatus.Reopened => "text-bg-danger",
    };

    /// <summary>The API's code of a verification, as the package codes read: terbuka, ditutup, dibuka_kembali.</summary>
    public static string VerificationCode(VerificationStatus verification) => verification switch
    {
        VerificationStatus.Open => "terbuka",
        VerificationStatus.Closed => "ditutup",
        VerificationStatus.Reopened => "dibuka_kembali",
    };
}
