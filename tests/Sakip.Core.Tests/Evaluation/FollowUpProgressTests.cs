using Sakip.Core.Evaluation;

namespace Sakip.Core.Tests.Evaluation;

public sealed class FollowUpProgressTests
{
    static FollowUpAction Action(FollowUpStatus status, string plan = "Rencana", string? result = null) => new(plan, null, null, status, result);

    const FollowUpStatus Done = FollowUpStatus.Done;
    const FollowUpStatus InProgress = FollowUpStatus.InProgress;
    const FollowUpStatus NotStarted = FollowUpStatus.NotStarted;

    public static TheoryData<FollowUpStatus[], FollowUpStatus?> Statuses => new()
    {
        { [], null },
        { [Done], Done },
        { [Done, Done, Done], Done },
        { [Done, NotStarted], InProgress },
        { [InProgress], InProgress },
        { [NotStarted, InProgress], InProgress },
        { [NotStarted], NotStarted },
        { [NotStarted, NotStarted], NotStarted },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_is_sudah_only_when_every_action_is_done_and_dalam_proses_once_any_started(FollowUpStatus[] actions, FollowUpStatus? expected) =>
        FollowUpProgress.Status([.. actions.Select(s => Action(s))]).ShouldBe(expected);

    [Fact]
    public void Text_is_one_line_per_action_the_result_where_there_is_one_else_the_plan()
    {
        FollowUpAction[] actions =
        [
            Action(Done, "Menyusun reviu Renstra", "Renstra direviu\r\npada November 2021."),
            Action(NotStarted, "  Menyusun cascading kinerja  "),
        ];

        FollowUpProgress.Text(actions).ShouldBe("Renstra direviu pada November 2021.\nMenyusun cascading kinerja");
    }

    [Fact]
    public void Without_actions_there_is_no_derived_text() => FollowUpProgress.Text([]).ShouldBeNull();

    public static TheoryData<FollowUpStatus, DateOnly?, bool> Overdue => new()
    {
        { NotStarted, new DateOnly(2022, 3, 31), true },
        { InProgress, new DateOnly(2022, 3, 31), true },
        { Done, new DateOnly(2022, 3, 31), false },
        { NotStarted, new DateOnly(2022, 4, 1), false },
        { NotStarted, null, false },
    };

    [Theory]
    [MemberData(nameof(Overdue))]
    public void An_action_is_overdue_the_day_after_its_due_date_unless_done(FollowUpStatus status, DateOnly? due, bool expected) =>
        new FollowUpAction("Rencana", null, due, status, "hasil").IsOverdueOn(new DateOnly(2022, 4, 1)).ShouldBe(expected);

    public static TheoryData<FollowUpAction, string?> Checks => new()
    {
        { new("Rencana", "Kabag", new DateOnly(2022, 6, 30), NotStarted, null), null },
        { new("  ", null, null, NotStarted, null), FollowUpAction.PlanField },
        { new("Rencana", null, null, Done, " "), FollowUpAction.ResultField },
        { new("Rencana", null, new DateOnly(1899, 12, 31), NotStarted, null), FollowUpAction.DueDateField },
        { new("Rencana", new string('x', 201), null, NotStarted, null), FollowUpAction.ResponsibleField },
        { new(new string('x', 4001), null, null, NotStarted, null), FollowUpAction.PlanField },
        { new("Rencana", null, null, InProgress, new string('x', 4001)), FollowUpAction.ResultField },
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public void Check_names_the_field_of_the_first_problem(FollowUpAction action, string? field) =>
        (action.Check() is [var first, ..] ? first.Field : null).ShouldBe(field);
}
