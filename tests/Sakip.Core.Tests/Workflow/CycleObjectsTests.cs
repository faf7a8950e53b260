using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Core.Tests.Workflow;

public sealed class CycleObjectsTests
{
    [Fact]
    public void Every_object_has_a_code_that_parses_back()
    {
        foreach (var kind in Enum.GetValues<CycleObject>())
        {
            CycleObjects.Parse(CycleObjects.Code(kind)).ShouldBe(kind);
            CycleObjects.Parse(CycleObjects.Code(kind).ToUpperInvariant()).ShouldBe(kind);
        }
        CycleObjects.Parse("rkpd").ShouldBeNull();
        CycleObjects.Parse(null).ShouldBeNull();
    }

    [Fact]
    public void Only_realisasi_is_per_quarter()
    {
        CycleObjects.PeriodOf(CycleObject.Realisation, Period.Q2).ShouldBe(Period.Q2);
        CycleObjects.PeriodOf(CycleObject.Agreement, Period.Q2).ShouldBeNull();
        CycleObjects.PeriodOf(CycleObject.Agreement, Period.Annual).ShouldBe(Period.Annual);
        CycleObjects.Name(CycleObject.Realisation, 2021, Period.Q2).ShouldBe("Realisasi Triwulan II 2021");
        CycleObjects.Name(CycleObject.Agreement, 2021, Period.Annual).ShouldBe("Perjanjian Kinerja 2021");
    }

    [Fact]
    public void Every_action_has_a_code_that_parses_back()
    {
        foreach (var action in Enum.GetValues<WorkflowAction>())
        {
            WorkflowActions.Parse(WorkflowActions.Code(action)).ShouldBe(action);
        }
        WorkflowActions.Parse("hapus").ShouldBeNull();
    }
}
