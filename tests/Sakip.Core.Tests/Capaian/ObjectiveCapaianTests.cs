using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Capaian;

public sealed class ObjectiveCapaianTests
{
    public static TheoryData<decimal?[], decimal?> Means => new()
    {
        { [100m, 80m], 90m },
        { [100m, null, 80m], 90m },
        { [222.22m, 100m], 161.11m },
        { [null, 70m], 70m },
        { [null, null], null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Means))]
    public void Mean_leaves_out_indicators_without_capaian_and_keeps_values_above_100(decimal?[] capaian, decimal? expected)
    {
        var indicators = capaian.Select((c, i) => ($"I{i + 1}", c)).ToList();

        var mean = ObjectiveCapaian.Mean(indicators);

        mean.Value.ShouldBe(expected);
    }

    [Fact]
    public void Mean_names_only_the_indicators_it_averaged()
    {
        var mean = ObjectiveCapaian.Mean([("A", 100m), ("B", null), ("C", 80m)]);

        mean.Formula.ShouldBe("({C1} + {C2}) / 2");
        mean.Inputs.Select(i => i.Label).ShouldBe(["Capaian A", "Capaian C"]);
    }

    [Fact]
    public void ForObjective_reproduces_sasaran_1_of_the_kaltim_package()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD", planElement: "S1")
            .WithIndicator("KERJASAMA", planElement: "S1")
            .WithIndicator("PRODUK_HUKUM", planElement: "S1")
            .WithIndicator("KESRA", planElement: "S1")
            .WithIndicator("PEREKONOMIAN", planElement: "S2")
            .WithTarget("EKPPD", 2021, TargetKind.Agreement, 3.095m)
            .WithTarget("KERJASAMA", 2021, TargetKind.Agreement, 90m)
            .WithTarget("PRODUK_HUKUM", 2021, TargetKind.Agreement, 100m)
            .WithTarget("KESRA", 2021, TargetKind.Agreement, 85m)
            .WithTarget("PEREKONOMIAN", 2021, TargetKind.Agreement, 90m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m)
            .WithRealisation("KERJASAMA", 2021, Period.Annual, 100.00m)
            .WithRealisation("PRODUK_HUKUM", 2021, Period.Annual, 99.86m)
            .WithComponents("PRODUK_HUKUM", 2021, Period.Annual, 739m, 740m)
            .WithRealisation("KESRA", 2021, Period.Annual, 85.00m)
            .WithRealisation("PEREKONOMIAN", 2021, Period.Annual, 10m)
            .Build();

        var mean = new CapaianCalculator(data).ForObjective("S1", 2021);

        Display.Round(mean.Value.ShouldNotBeNull()).ShouldBe(102.69m);
        mean.Inputs.Count.ShouldBe(4);
    }

    [Fact]
    public void ForObjective_leaves_out_an_indicator_without_target()
    {
        var data = A.Dataset()
            .WithIndicator("A", planElement: "S1")
            .WithIndicator("B", planElement: "S1")
            .WithTarget("A", 2021, TargetKind.Agreement, 50m)
            .WithRealisation("A", 2021, Period.Annual, 60m)
            .WithRealisation("B", 2021, Period.Annual, 1m)
            .Build();

        var mean = new CapaianCalculator(data).ForObjective("S1", 2021);

        mean.Value.ShouldBe(120m);
    }

    [Fact]
    public void AllObjectives_lists_only_sasaran_and_years_with_a_capaian()
    {
        var data = A.Dataset()
            .WithPlanElement("T1", PlanElementKind.Goal)
            .WithPlanElement("S1", PlanElementKind.Objective, parent: "T1")
            .WithPlanElement("S2", PlanElementKind.Objective, parent: "T1")
            .WithIndicator("GOAL", planElement: "T1")
            .WithIndicator("A", planElement: "S1")
            .WithIndicator("B", planElement: "S2")
            .WithTarget("GOAL", 2021, TargetKind.Agreement, 50m)
            .WithRealisation("GOAL", 2021, Period.Annual, 50m)
            .WithTarget("A", 2021, TargetKind.Agreement, 50m)
            .WithRealisation("A", 2021, Period.Annual, 25m)
            .WithRealisation("A", 2020, Period.Annual, 25m)
            .WithRealisation("B", 2021, Period.Annual, 25m)
            .Build();

        var all = new CapaianCalculator(data).AllObjectives(data.PlanElements).ToList();

        all.Select(o => (o.PlanElement, o.Year, o.Capaian.Value)).ShouldBe([("S1", 2021, (decimal?)50m)]);
    }
}
