using Sakip.Core.Budget;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Budget;

public sealed class LinkedBudgetTests
{
    [Fact]
    public void Sum_does_not_count_a_kegiatan_again_under_a_linked_program()
    {
        var lines = A.Dataset()
            .WithBudget("PBJ.P1", null, planElement: "S2", indicator: "ITKP")
            .WithBudget("PBJ.P1.K1", 1912089750m, 1424601000m, parent: "PBJ.P1", planElement: "S2", indicator: "ITKP")
            .WithBudget("PBJ.P1.K2", 1425173212m, 1297877004m, parent: "PBJ.P1")
            .WithBudget("PBJ.P1.K3", 905326300m, 758880194m, parent: "PBJ.P1")
            .Build().BudgetLines;

        var (ceiling, spent) = LinkedBudget.Sum(lines, BudgetRules.Rollup(lines), l => l.Indicator == "ITKP");

        ceiling.Value.ShouldBe(4242589262m);
        spent.Value.ShouldBe(3481358198m);
        ceiling.Inputs.Select(i => i.Label).ShouldBe(["PBJ.P1"]);
    }

    [Fact]
    public void Sum_adds_linked_kegiatan_of_an_unlinked_program_that_serve_the_same_sasaran()
    {
        var lines = A.Dataset()
            .WithBudget("ORG.P2", null)
            .WithBudget("ORG.P2.K1", 946684167m, 865889630m, parent: "ORG.P2", planElement: "S4")
            .WithBudget("ORG.P2.K2", 3347315881m, 1556489438m, parent: "ORG.P2", planElement: "S3")
            .WithBudget("UMUM.P1", 181890576352m, 150394102691m, planElement: "S4")
            .Build().BudgetLines;

        var (ceiling, spent) = LinkedBudget.Sum(lines, BudgetRules.Rollup(lines), l => l.PlanElement == "S4");

        ceiling.Value.ShouldBe(946684167m + 181890576352m);
        spent.Value.ShouldBe(865889630m + 150394102691m);
    }

    [Fact]
    public void Sum_without_a_linked_line_has_no_value()
    {
        var lines = A.Dataset()
            .WithBudget("P1", 100m, 50m, planElement: "S1")
            .Build().BudgetLines;

        var (ceiling, spent) = LinkedBudget.Sum(lines, BudgetRules.Rollup(lines), l => l.PlanElement == "S9");

        ceiling.Value.ShouldBeNull();
        spent.Value.ShouldBeNull();
        ceiling.Note.ShouldBe("tidak ada anggaran yang terkait");
    }

    [Fact]
    public void Sum_with_a_linked_line_without_realisasi_has_no_realisasi_never_a_partial_sum()
    {
        var lines = A.Dataset()
            .WithBudget("P1", 100m, 50m, planElement: "S1")
            .WithBudget("P2", 200m, null, planElement: "S1")
            .Build().BudgetLines;

        var (ceiling, spent) = LinkedBudget.Sum(lines, BudgetRules.Rollup(lines), l => l.PlanElement == "S1");

        ceiling.Value.ShouldBe(300m);
        spent.Value.ShouldBeNull();
    }

    [Fact]
    public void Sum_finds_a_linked_kegiatans_parent_in_its_own_unit_only()
    {
        // POD's program is linked; UMUM's kegiatan of the same codes is linked too and is not under POD's program.
        BudgetLine[] lines =
        [
            new("X.01", "POD", 2021, BudgetLevel.Program, null, "Program POD", null, PlanElement: "S1"),
            new("X.01.01", "POD", 2021, BudgetLevel.Activity, "X.01", "Kegiatan POD", 300m, 60m),
            new("X.01", "UMUM", 2021, BudgetLevel.Program, null, "Program UMUM", null),
            new("X.01.01", "UMUM", 2021, BudgetLevel.Activity, "X.01", "Kegiatan UMUM", 100m, 40m, PlanElement: "S1"),
        ];

        var (ceiling, spent) = LinkedBudget.Sum(lines, BudgetRules.Rollup(lines), l => l.PlanElement == "S1");

        ceiling.Value.ShouldBe(400m);
        spent.Value.ShouldBe(100m);
    }
}
