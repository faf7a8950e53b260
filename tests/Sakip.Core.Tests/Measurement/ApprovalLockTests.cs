using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Tests.Measurement;

public sealed class ApprovalLockTests
{
    static readonly ApprovalLock.Realised Q2Approved = new(2021, Period.Q2, ApprovalStatus.Approved);
    static readonly ApprovalLock.Realised AnnualApproved = new(2021, Period.Annual, ApprovalStatus.Approved);

    public static TheoryData<TargetKind, bool, ApprovalLock.Realised, bool> TargetCases => new()
    {
        { TargetKind.Q2, false, Q2Approved, true },
        { TargetKind.Q1, false, Q2Approved, false },
        { TargetKind.Q3, false, Q2Approved, false },
        { TargetKind.Q2, false, Q2Approved with { Year = 2022 }, false },
        { TargetKind.Q2, false, Q2Approved with { Status = ApprovalStatus.Submitted }, false },
        { TargetKind.Q2, false, Q2Approved with { Status = ApprovalStatus.Draft }, false },
        { TargetKind.Q2, false, Q2Approved with { Status = ApprovalStatus.Returned }, false },
        { TargetKind.Agreement, false, AnnualApproved, true },
        { TargetKind.Agreement, true, AnnualApproved, true },
        { TargetKind.Agreement, false, Q2Approved, false },
        { TargetKind.Renstra, false, AnnualApproved, true },
        { TargetKind.Renstra, true, AnnualApproved, false },
        { TargetKind.Renstra, false, Q2Approved, false },
        { TargetKind.Baseline, false, AnnualApproved, false },
        { TargetKind.Baseline, false, Q2Approved, false },
    };

    [Theory]
    [MemberData(nameof(TargetCases))]
    public void ForTarget_refuses_only_targets_that_feed_an_approved_capaian(
        TargetKind kind, bool hasAgreementTarget, ApprovalLock.Realised realised, bool refused)
    {
        var problem = ApprovalLock.ForTarget(2021, kind, hasAgreementTarget, [realised], isAdmin: false);

        (problem is not null).ShouldBe(refused);
    }

    [Fact]
    public void ForTarget_names_the_approved_period()
    {
        var problem = ApprovalLock.ForTarget(2021, TargetKind.Q2, false, [Q2Approved], isAdmin: false);

        problem!.Field.ShouldBe("nilai");
        problem.Message.ShouldContain("Triwulan II 2021");
        problem.Message.ShouldContain("disetujui");
    }

    [Fact]
    public void ForTarget_lets_an_admin_correct_approved_data_as_Approval_CanEdit_does() =>
        ApprovalLock.ForTarget(2021, TargetKind.Q2, false, [Q2Approved], isAdmin: true).ShouldBeNull();

    static readonly Indicator Before = new("EKPPD", "S1", "Skor EKPPD", Direction: Direction.Increase, Aggregation: Aggregation.Last);

    public static TheoryData<Indicator, ApprovalLock.Realised, string[]> DefinitionCases => new()
    {
        { Before with { Direction = Direction.Decrease }, Q2Approved, ["arah"] },
        { Before with { Direction = Direction.Decrease }, AnnualApproved, ["arah"] },
        { Before with { Direction = Direction.Decrease }, Q2Approved with { Status = ApprovalStatus.Submitted }, [] },
        { Before with { Aggregation = Aggregation.Cumulative }, AnnualApproved, ["agregasi"] },
        { Before with { Aggregation = Aggregation.Cumulative }, Q2Approved, [] },
        { Before with { Numerator = "Jumlah lulus", Denominator = "Jumlah peserta" }, Q2Approved, ["pembilang", "penyebut"] },
        { Before with { Formula = "lulus / peserta × 100" }, Q2Approved, ["formula"] },
        { Before with { Name = "Nama baru", Measure = "skor", IsKey = true, Order = 3 }, AnnualApproved, [] },
        { Before with { Formula = "  " }, AnnualApproved, [] },
        { Before with { Direction = Direction.Stable, Aggregation = Aggregation.Mean }, AnnualApproved, ["arah", "agregasi"] },
    };

    [Theory]
    [MemberData(nameof(DefinitionCases))]
    public void ForDefinition_refuses_changes_that_move_an_approved_capaian(Indicator after, ApprovalLock.Realised realised, string[] fields)
    {
        var problems = ApprovalLock.ForDefinition(Before, after, [realised], isAdmin: false);

        problems.Select(p => p.Field).ShouldBe(fields);
    }

    [Fact]
    public void ForDefinition_names_the_first_approved_period() =>
        ApprovalLock.ForDefinition(Before, Before with { Direction = Direction.Decrease }, [AnnualApproved, Q2Approved], isAdmin: false)
            .Single().Message.ShouldContain("Triwulan II 2021");

    public static TheoryData<Period, ApprovalLock.Realised, bool> ComponentCases => new()
    {
        { Period.Q2, Q2Approved, true },
        { Period.Q1, Q2Approved, false },
        { Period.Q1, AnnualApproved, true },
        { Period.Annual, AnnualApproved, true },
        { Period.Annual, Q2Approved, false },
    };

    [Theory]
    [MemberData(nameof(ComponentCases))]
    public void ForComponent_refuses_the_period_and_the_year_it_feeds(Period period, ApprovalLock.Realised realised, bool refused) =>
        (ApprovalLock.ForComponent(2021, period, [realised], isAdmin: false) is not null).ShouldBe(refused);
}
