using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Capaian;

public sealed class TrendRulesTests
{
    public static TheoryData<decimal?, decimal?, decimal?> Changes => new()
    {
        { 100m, 100m, 0m },
        { 99.86m, 100m, -0.14m },
        { 68.14m, 65.64m, 3.81m },
        { 79.81m, 81m, -1.47m },
        { 75.68m, 78.38m, -3.44m },
        { 72.62m, 62.34m, 16.49m },
        { 5m, 0m, null },
        { 5m, null, null },
        { null, 5m, null },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void ChangeFromLastYear_is_the_ratio_minus_one_and_needs_a_nonzero_previous_value(
        decimal? current, decimal? previous, decimal? expected)
    {
        var change = TrendRules.ChangeFromLastYear(current, previous, 2021);

        (change.Value is { } v ? Display.Round(v) : (decimal?)null).ShouldBe(expected);
    }

    [Fact]
    public void ChangeFromLastYear_explains_a_missing_previous_year()
    {
        var change = TrendRules.ChangeFromLastYear(5m, null, 2021);

        change.Note.ShouldBe("realisasi 2020 belum ada");
    }

    [Fact]
    public void ChangeFromLastYear_uses_the_component_realisation_not_the_rounded_one()
    {
        var data = A.Dataset()
            .WithIndicator("SAKIP_MIN_B")
            .WithRealisation("SAKIP_MIN_B", 2020, Period.Annual, 78.38m)
            .WithRealisation("SAKIP_MIN_B", 2021, Period.Annual, 75.68m)
            .WithComponents("SAKIP_MIN_B", 2021, Period.Annual, 28m, 37m)
            .Build();

        var change = new CapaianCalculator(data).ChangeFromLastYear("SAKIP_MIN_B", 2021);

        Display.Round(change.Value.ShouldNotBeNull()).ShouldBe(-3.45m);
    }

    [Fact]
    public void ChangeFromLastYear_without_last_years_realisation_has_no_value()
    {
        var data = A.Dataset()
            .WithIndicator("PEREKONOMIAN")
            .WithRealisation("PEREKONOMIAN", 2021, Period.Annual, 90m)
            .Build();

        var change = new CapaianCalculator(data).ChangeFromLastYear("PEREKONOMIAN", 2021);

        change.Value.ShouldBeNull();
    }

    [Fact]
    public void Progress_compares_with_the_renstra_target_of_the_plan_elements_last_year()
    {
        var data = A.Dataset()
            .WithPlanElement("S1", PlanElementKind.Objective, periodStart: 2019, periodEnd: 2023)
            .WithIndicator("EKPPD", planElement: "S1")
            .WithTarget("EKPPD", 2021, TargetKind.Renstra, 3.095m)
            .WithTarget("EKPPD", 2023, TargetKind.Renstra, 3.15m)
            .WithTarget("EKPPD", 2024, TargetKind.Renstra, 3.30m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m)
            .Build();

        var progress = new CapaianCalculator(data).Progress("EKPPD", 2021);

        Display.Round(progress.Value.ShouldNotBeNull()).ShouldBe(98.05m);
        progress.Input("T").ShouldBe(3.15m);
        progress.Method.ShouldEndWith("(2023)");
    }

    [Fact]
    public void Progress_of_a_sasaran_without_period_uses_the_period_of_its_tujuan()
    {
        var data = A.Dataset()
            .WithPlanElement("T1", PlanElementKind.Goal, periodStart: 2019, periodEnd: 2023)
            .WithPlanElement("S1", PlanElementKind.Objective, parent: "T1")
            .WithIndicator("KERJASAMA", planElement: "S1")
            .WithTarget("KERJASAMA", 2023, TargetKind.Renstra, 95m)
            .WithTarget("KERJASAMA", 2024, TargetKind.Renstra, 97.5m)
            .WithRealisation("KERJASAMA", 2021, Period.Annual, 100m)
            .Build();

        var progress = new CapaianCalculator(data).Progress("KERJASAMA", 2021);

        progress.Input("T").ShouldBe(95m);
        Display.Round(progress.Value.ShouldNotBeNull()).ShouldBe(105.26m);
    }

    [Fact]
    public void Progress_without_any_plan_period_uses_the_last_renstra_year()
    {
        var data = A.Dataset()
            .WithIndicator("SAKIP_MIN_B", planElement: "S3")
            .WithTarget("SAKIP_MIN_B", 2022, TargetKind.Renstra, 79m)
            .WithTarget("SAKIP_MIN_B", 2023, TargetKind.Renstra, 81m)
            .WithComponents("SAKIP_MIN_B", 2021, Period.Annual, 28m, 37m)
            .Build();

        var progress = new CapaianCalculator(data).Progress("SAKIP_MIN_B", 2021);

        Display.Round(progress.Value.ShouldNotBeNull()).ShouldBe(93.43m);
    }

    [Fact]
    public void Progress_without_a_renstra_target_in_the_last_plan_year_has_no_value()
    {
        var data = A.Dataset()
            .WithPlanElement("S1", PlanElementKind.Objective, periodStart: 2019, periodEnd: 2023)
            .WithIndicator("EKPPD", planElement: "S1")
            .WithTarget("EKPPD", 2022, TargetKind.Renstra, 3.10m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m)
            .Build();

        var progress = new CapaianCalculator(data).Progress("EKPPD", 2021);

        progress.Value.ShouldBeNull();
        progress.Note.ShouldBe("target akhir Renstra belum ditetapkan");
    }

    [Fact]
    public void Progress_of_a_decrease_indicator_uses_the_decrease_rule()
    {
        var data = A.Dataset()
            .WithPlanElement("S1", PlanElementKind.Objective, periodStart: 2019, periodEnd: 2023)
            .WithIndicator("X", Direction.Decrease, planElement: "S1")
            .WithTarget("X", 2023, TargetKind.Renstra, 10m)
            .WithRealisation("X", 2021, Period.Annual, 12m)
            .Build();

        var progress = new CapaianCalculator(data).Progress("X", 2021);

        progress.Value.ShouldBe(80m);
    }
}
