using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;

namespace Sakip.Core.Tests.Workflow.Schedules;

public sealed class DefaultSchedulesTests
{
    public static TheoryData<CycleObject, Period, string?, string> Proposals => new()
    {
        { CycleObject.Iku, Period.Annual, null, "2021-01-31" },
        { CycleObject.Targets, Period.Annual, null, "2021-01-31" },
        { CycleObject.Agreement, Period.Annual, null, "2021-02-28" },
        { CycleObject.Realisation, Period.Q1, "2021-04-01", "2021-04-15" },
        { CycleObject.Realisation, Period.Q2, "2021-07-01", "2021-07-15" },
        { CycleObject.Realisation, Period.Q3, "2021-10-01", "2021-10-15" },
        { CycleObject.Realisation, Period.Q4, "2022-01-01", "2022-01-31" },
        { CycleObject.Realisation, Period.Annual, "2022-01-01", "2022-01-31" },
        { CycleObject.Lkjip, Period.Annual, "2022-01-01", "2022-02-28" },
    };

    [Theory]
    [MemberData(nameof(Proposals))]
    public void For_2021_proposes_the_issues_deadlines(CycleObject kind, Period period, string? opens, string closes)
    {
        var proposal = DefaultSchedules.For(2021).Single(p => p.Kind == kind && p.Period == period);

        proposal.Window.OpensOn.ShouldBe(opens is null ? null : DateOnly.ParseExact(opens, "yyyy-MM-dd"));
        proposal.Window.ClosesOn.ShouldBe(DateOnly.ParseExact(closes, "yyyy-MM-dd"));
        proposal.Window.Policy.ShouldBe(LatePolicy.Mark);
    }

    [Fact]
    public void Renstra_and_budget_get_no_proposal_and_each_object_period_at_most_one()
    {
        var proposals = DefaultSchedules.For(2021);

        proposals.ShouldNotContain(p => p.Kind == CycleObject.Renstra || p.Kind == CycleObject.Budget);
        proposals.Select(p => (p.Kind, p.Period)).ShouldBeUnique();
    }

    [Fact]
    public void The_PK_is_due_one_month_after_the_budget_is_set()
    {
        var pk = DefaultSchedules.For(2024, new DateOnly(2024, 1, 31)).Single(p => p.Kind == CycleObject.Agreement);

        pk.Window.ClosesOn.ShouldBe(new DateOnly(2024, 2, 29));
        pk.Basis.ShouldContain("31-01-2024");
    }

    [Fact]
    public void The_LKjIP_of_a_year_before_a_leap_year_closes_29_February()
    {
        DefaultSchedules.For(2023).Single(p => p.Kind == CycleObject.Lkjip).Window.ClosesOn.ShouldBe(new DateOnly(2024, 2, 29));
    }

    [Fact]
    public void Every_proposal_passes_the_schedule_rule_in_the_first_and_last_accepted_years()
    {
        foreach (var year in new[] { 1900, 2021, 2100 })
        {
            foreach (var p in DefaultSchedules.For(year))
            {
                ScheduleRule.Check(p.Kind, year, p.Period, p.Window.OpensOn, p.Window.ClosesOn).ShouldBeEmpty($"{p.Kind} {p.Period} {year}");
            }
        }
    }
}
