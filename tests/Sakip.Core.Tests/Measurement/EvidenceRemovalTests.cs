using Sakip.Core.Measurement;

namespace Sakip.Core.Tests.Measurement;

public sealed class EvidenceRemovalTests
{
    public static TheoryData<ApprovalStatus, bool, string?, string?> Cases => new()
    {
        { ApprovalStatus.Draft, false, "Salah unggah berkas", null },
        { ApprovalStatus.Returned, false, "Diganti versi bertanda tangan", null },
        { ApprovalStatus.Approved, true, "Koreksi oleh Admin", null },
        { ApprovalStatus.Submitted, false, "Salah unggah", "status" },
        { ApprovalStatus.Approved, false, "Salah unggah", "status" },
        { ApprovalStatus.Draft, false, null, "alasan" },
        { ApprovalStatus.Draft, false, "   ", "alasan" },
        { ApprovalStatus.Draft, false, new string('x', 500), null },
        { ApprovalStatus.Draft, false, new string('x', 501), "alasan" },
        { ApprovalStatus.Approved, false, null, "status" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Check_follows_the_editing_rule_and_needs_a_reason_of_limited_length(ApprovalStatus status, bool isAdmin, string? reason, string? problemField) =>
        (EvidenceRemoval.Check(status, isAdmin, reason)?.Field).ShouldBe(problemField);

    [Fact]
    public void Check_names_the_reason_in_Indonesian() =>
        EvidenceRemoval.Check(ApprovalStatus.Draft, false, "").ShouldBe(new Problems.Problem("alasan", "Alasan penghapusan bukti dukung wajib diisi."));
}
