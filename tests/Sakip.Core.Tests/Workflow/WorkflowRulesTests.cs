using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Core.Tests.Workflow;

public sealed class WorkflowRulesTests
{
    [Theory]
    [InlineData(ApprovalStatus.Draft, WorkflowAction.Submit, null, ApprovalStatus.Submitted)]
    [InlineData(ApprovalStatus.Returned, WorkflowAction.Submit, null, ApprovalStatus.Submitted)]
    [InlineData(ApprovalStatus.Submitted, WorkflowAction.Approve, null, ApprovalStatus.Approved)]
    [InlineData(ApprovalStatus.Submitted, WorkflowAction.Return, "Perbaiki target", ApprovalStatus.Returned)]
    [InlineData(ApprovalStatus.Approved, WorkflowAction.Unlock, "Revisi anggaran", ApprovalStatus.Draft)]
    public void Allowed_steps_move_the_status(ApprovalStatus from, WorkflowAction action, string? note, ApprovalStatus to)
    {
        var (status, problem) = WorkflowRules.Apply(from, action, note);
        problem.ShouldBeNull();
        status.ShouldBe(to);
    }

    [Theory]
    [InlineData(ApprovalStatus.Submitted, WorkflowAction.Submit, null, "menunggu verifikasi")]
    [InlineData(ApprovalStatus.Approved, WorkflowAction.Submit, null, "terkunci")]
    [InlineData(ApprovalStatus.Draft, WorkflowAction.Approve, null, "sudah diajukan")]
    [InlineData(ApprovalStatus.Returned, WorkflowAction.Approve, null, "sudah diajukan")]
    [InlineData(ApprovalStatus.Approved, WorkflowAction.Return, "catatan", "sudah diajukan")]
    [InlineData(ApprovalStatus.Submitted, WorkflowAction.Return, "  ", "Catatan pengembalian wajib")]
    [InlineData(ApprovalStatus.Approved, WorkflowAction.Unlock, null, "Alasan membuka kunci wajib")]
    [InlineData(ApprovalStatus.Submitted, WorkflowAction.Unlock, "alasan", "sudah disetujui")]
    public void Other_steps_are_refused_with_the_reason(ApprovalStatus from, WorkflowAction action, string? note, string message)
    {
        var (status, problem) = WorkflowRules.Apply(from, action, note);
        status.ShouldBe(from);
        problem.ShouldNotBeNull().Message.ShouldContain(message);
    }

    // Units: /1/ province, /1/2/ Setda, /1/2/3/ a Biro.
    [Theory]
    [InlineData("/1/", "/1/2/", true)]     // the province's verifier approves Setda
    [InlineData("/1/", "/1/2/3/", true)]   // and a Biro further down
    [InlineData("/1/2/", "/1/2/", false)]  // never their own unit
    [InlineData("/1/2/3/", "/1/2/", false)] // nor a unit above them
    [InlineData("/1/4/", "/1/2/", false)]  // nor a sibling's
    [InlineData("/1/2/", "/1/22/", false)] // a sibling whose id starts alike is not below (paths end with /)
    public void A_verifier_decides_only_on_units_strictly_below(string verifierUnit, string objectUnit, bool allowed)
    {
        var problem = WorkflowRules.MayDecide(new WorkflowRules.Decider("v", verifierUnit, IsVerifier: true, IsAdmin: false), objectUnit, submittedBy: "p");
        (problem is null).ShouldBe(allowed);
    }

    [Fact]
    public void The_same_unit_refusal_names_the_rule()
    {
        WorkflowRules.MayDecide(new("v", "/1/2/", true, false), "/1/2/", "p").ShouldNotBeNull().Message.ShouldContain("unitnya sendiri");
    }

    [Fact]
    public void Nobody_decides_on_their_own_submission_not_even_an_admin()
    {
        WorkflowRules.MayDecide(new("a", "/1/", false, true), "/1/2/", "a").ShouldNotBeNull().Message.ShouldContain("sendiri yang mengajukannya");
        WorkflowRules.MayDecide(new("a", "/1/", false, true), "/1/", "p").ShouldBeNull(); // an Admin decides the top unit
    }

    [Fact]
    public void A_planner_is_not_a_verifier()
    {
        WorkflowRules.MayDecide(new("p", "/1/", false, false), "/1/2/", "x").ShouldNotBeNull();
    }

    [Fact]
    public void Only_the_approver_or_an_admin_unlocks()
    {
        WorkflowRules.MayUnlock(new("v", "/1/", true, false), approvedBy: "v").ShouldBeNull();
        WorkflowRules.MayUnlock(new("w", "/1/", true, false), approvedBy: "v").ShouldNotBeNull();
        WorkflowRules.MayUnlock(new("a", null, false, true), approvedBy: "v").ShouldBeNull();
    }

    [Fact]
    public void A_unit_waits_for_every_unit_below_that_reports()
    {
        WorkflowRules.BelowApproved([]).ShouldBeNull();
        WorkflowRules.BelowApproved([new("Biro Hukum", ApprovalStatus.Approved)]).ShouldBeNull();
        var problem = WorkflowRules.BelowApproved([new("Biro Hukum", ApprovalStatus.Approved), new("Biro POD", ApprovalStatus.Submitted), new("Biro Umum", ApprovalStatus.Returned)]);
        problem.ShouldNotBeNull().Message.ShouldBe("Belum dapat disetujui: unit di bawahnya belum disetujui — Biro POD (Diajukan), Biro Umum (Dikembalikan).");
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Submitted_and_approved_are_locked(bool submitted, bool locked)
    {
        WorkflowRules.IsLocked(submitted ? ApprovalStatus.Submitted : ApprovalStatus.Draft).ShouldBe(locked);
        WorkflowRules.IsLocked(ApprovalStatus.Approved).ShouldBeTrue();
        WorkflowRules.IsLocked(ApprovalStatus.Returned).ShouldBeFalse();
    }
}
