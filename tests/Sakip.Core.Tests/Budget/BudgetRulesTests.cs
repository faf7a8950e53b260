using Sakip.Core.Budget;
using Sakip.Core.Explaining;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Budget;

public sealed class BudgetRulesTests
{
    public static TheoryData<decimal?, decimal?, decimal?> Absorptions => new()
    {
        { 1912089750m, 1424601000m, 74.50492m },
        { 4242589262m, 3481358198m, 82.05739m },
        { 100m, 0m, 0m },
        { 100m, 120m, 120m },
        { 0m, 10m, null },
        { null, 10m, null },
        { 100m, null, null },
    };

    [Theory]
    [MemberData(nameof(Absorptions))]
    public void Absorption_is_realisasi_over_pagu_and_needs_a_nonzero_pagu(decimal? ceiling, decimal? spent, decimal? expected)
    {
        var absorption = BudgetRules.Absorption(ceiling, spent);

        (absorption.Value is { } v ? Display.Round(v, 5) : (decimal?)null).ShouldBe(expected);
    }

    public static TheoryData<decimal?, decimal?, decimal?> Efficiencies => new()
    {
        { 98.28m, 46.50m, 51.78m },
        { 60m, 75m, -15m },
        { null, 75m, null },
        { 60m, null, null },
    };

    [Theory]
    [MemberData(nameof(Efficiencies))]
    public void Efficiency_is_capaian_minus_absorption_in_points(decimal? capaian, decimal? absorption, decimal? expected)
    {
        var efficiency = BudgetRules.Efficiency(capaian, absorption);

        efficiency.Value.ShouldBe(expected);
    }

    public static TheoryData<decimal?, decimal?, decimal?, decimal?, decimal?, decimal?> AnnualSpents => new()
    {
        { 500m, null, null, null, null, 500m },
        { null, null, null, null, null, null },
        { 500m, 100m, null, 250m, null, 350m },
        { null, 0m, null, null, null, 0m },
        { 999m, 1000000.5m, 2000000m, 3000000m, 4000000m, 10000000.5m },
    };

    [Theory]
    [MemberData(nameof(AnnualSpents))]
    public void Annual_spent_is_the_sum_of_entered_quarters_else_as_typed(decimal? annual, decimal? q1, decimal? q2, decimal? q3, decimal? q4, decimal? expected)
    {
        BudgetRules.AnnualSpent(annual, [q1, q2, q3, q4]).ShouldBe(expected);
    }

    [Fact]
    public void Rollup_sums_children_recursively_up_to_the_program()
    {
        var lines = A.Dataset()
            .WithBudget("P1", null)
            .WithBudget("P1.K1", null, parent: "P1")
            .WithBudget("P1.K1.S1", 442839750m, 332649893m, parent: "P1.K1")
            .WithBudget("P1.K1.S2", 1021750000m, 727931177m, parent: "P1.K1")
            .WithBudget("P1.K1.S3", 447500000m, 364019930m, parent: "P1.K1")
            .WithBudget("P1.K2", 905326300m, 758880194m, parent: "P1")
            .Build().BudgetLines;

        var rollup = BudgetRules.Rollup(lines);

        rollup[Key("P1.K1")].Ceiling.Value.ShouldBe(1912089750m);
        rollup[Key("P1.K1")].Spent.Value.ShouldBe(1424601000m);
        rollup[Key("P1")].Ceiling.Value.ShouldBe(2817416050m);
        rollup[Key("P1")].Spent.Value.ShouldBe(2183481194m);
        rollup[Key("P1")].HasChildren.ShouldBeTrue();
        rollup[Key("P1.K2")].HasChildren.ShouldBeFalse();
        rollup[Key("P1.K2")].Ceiling.Value.ShouldBe(905326300m);
    }

    [Fact]
    public void Rollup_takes_the_sum_of_children_over_a_parents_own_amount()
    {
        var lines = A.Dataset()
            .WithBudget("P1", 999m, 999m)
            .WithBudget("P1.K1", 100m, 40m, parent: "P1")
            .WithBudget("P1.K2", 300m, 60m, parent: "P1")
            .Build().BudgetLines;

        var rollup = BudgetRules.Rollup(lines);

        rollup[Key("P1")].Ceiling.Value.ShouldBe(400m);
        rollup[Key("P1")].Spent.Value.ShouldBe(100m);
        rollup[Key("P1")].Absorption.Value.ShouldBe(25m);
    }

    [Fact]
    public void Rollup_child_without_pagu_leaves_every_ancestors_pagu_undefined_never_zero()
    {
        var lines = A.Dataset()
            .WithBudget("P1", null)
            .WithBudget("P1.K1", null, parent: "P1")
            .WithBudget("P1.K1.S1", 100m, 50m, parent: "P1.K1")
            .WithBudget("P1.K1.S2", null, 20m, parent: "P1.K1")
            .WithBudget("P1.K2", 300m, 60m, parent: "P1")
            .Build().BudgetLines;

        var rollup = BudgetRules.Rollup(lines);

        rollup[Key("P1.K1")].Ceiling.Value.ShouldBeNull();
        rollup[Key("P1")].Ceiling.Value.ShouldBeNull();
        rollup[Key("P1")].Ceiling.Note.ShouldNotBeNull().ShouldContain("kosong");
        rollup[Key("P1")].Spent.Value.ShouldBe(130m);
        rollup[Key("P1")].Absorption.Value.ShouldBeNull();
    }

    [Fact]
    public void Rollup_child_without_realisasi_leaves_the_parents_realisasi_undefined()
    {
        var lines = A.Dataset()
            .WithBudget("P1", null)
            .WithBudget("P1.K1", 100m, 50m, parent: "P1")
            .WithBudget("P1.K2", 300m, null, parent: "P1")
            .Build().BudgetLines;

        var rollup = BudgetRules.Rollup(lines);

        rollup[Key("P1")].Ceiling.Value.ShouldBe(400m);
        rollup[Key("P1")].Spent.Value.ShouldBeNull();
    }

    [Fact]
    public void Rollup_explains_a_parent_as_the_sum_of_named_children()
    {
        var lines = A.Dataset()
            .WithBudget("P1", null)
            .WithBudget("P1.K1", 100m, 50m, parent: "P1")
            .WithBudget("P1.K2", 300m, 60m, parent: "P1")
            .Build().BudgetLines;

        var ceiling = BudgetRules.Rollup(lines)[Key("P1")].Ceiling;

        ceiling.Formula.ShouldBe("{A1} + {A2}");
        ceiling.Inputs.Select(i => i.Label).ShouldBe(["P1.K1", "P1.K2"]);
    }

    /// <summary>Kepmendagri codes repeat in every unit and every year; each line sums only its own unit's and year's children.</summary>
    public static TheoryData<string, int> SharedCodes => new()
    {
        { "POD", 2021 },
        { "UMUM", 2022 },
        { "POD", 2022 },
    };

    [Theory]
    [MemberData(nameof(SharedCodes))]
    public void Rollup_keeps_lines_of_the_same_code_apart_by_unit_and_year(string otherUnit, int otherYear)
    {
        BudgetLine[] lines =
        [
            new("X.01", "UMUM", 2021, BudgetLevel.Program, null, "Program", null),
            new("X.01.01", "UMUM", 2021, BudgetLevel.Activity, "X.01", "Kegiatan", 100m, 40m),
            new("X.01", otherUnit, otherYear, BudgetLevel.Program, null, "Program", null),
            new("X.01.01", otherUnit, otherYear, BudgetLevel.Activity, "X.01", "Kegiatan", 300m, 60m),
        ];

        var rollup = BudgetRules.Rollup(lines);

        rollup[new("UMUM", 2021, "X.01")].Ceiling.Value.ShouldBe(100m);
        rollup[new("UMUM", 2021, "X.01")].Spent.Value.ShouldBe(40m);
        rollup[new(otherUnit, otherYear, "X.01")].Ceiling.Value.ShouldBe(300m);
        rollup[new(otherUnit, otherYear, "X.01")].Spent.Value.ShouldBe(60m);
        LinkedBudget.Sum(lines, rollup, l => l.Code == "X.01").Ceiling.Value.ShouldBe(400m);
    }

    static BudgetKey Key(string code) => new("PBJ", 2021, code);
}
