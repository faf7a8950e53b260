using Sakip.Core.Budget;
using Sakip.Core.Capaian;
using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Review;

namespace Sakip.Core.Tests.Explaining;

/// <summary>Every rule that divides, multiplies or sums gives "no value, too large" on extreme inputs instead of throwing.</summary>
public sealed class ExtremeValueTests
{
    const decimal Tiny = 0.0000000000000000000000000001m;

    public static TheoryData<string, Func<Explained<decimal?>>> TooLarge => new()
    {
        { "capaian naik, tiny target", () => CapaianRule.Compute(TargetValue.Point(0.00000000000000000001m), decimal.MaxValue, Direction.Increase) },
        { "capaian naik, 1e-28 target", () => CapaianRule.Compute(TargetValue.Point(Tiny), 1m, Direction.Increase) },
        { "capaian turun, tiny target", () => CapaianRule.Compute(TargetValue.Point(Tiny), -decimal.MaxValue, Direction.Decrease) },
        { "capaian range below", () => CapaianRule.Compute(TargetValue.Range(Tiny, 1m), -decimal.MaxValue, Direction.Decrease) },
        { "capaian range above naik", () => CapaianRule.Compute(TargetValue.Range(-1m, Tiny), decimal.MaxValue, Direction.Increase) },
        { "capaian range above turun", () => CapaianRule.Compute(TargetValue.Range(-1m, Tiny), decimal.MaxValue, Direction.Stable) },
        { "ratio huge over tiny", () => RatioRule.Compute(decimal.MaxValue, Tiny) },
        { "ratio max over one", () => RatioRule.Compute(decimal.MaxValue, 1m) },
        { "change from last year", () => TrendRules.ChangeFromLastYear(decimal.MaxValue, Tiny, 2024) },
        { "objective mean", () => ObjectiveCapaian.Mean([("A", decimal.MaxValue), ("B", decimal.MaxValue)]) },
        { "quarters cumulative", () => QuarterAggregation.Aggregate([decimal.MaxValue, decimal.MaxValue, null, null], Aggregation.Cumulative) },
        { "quarters mean", () => QuarterAggregation.Aggregate([decimal.MaxValue, decimal.MaxValue, null, null], Aggregation.Mean) },
        { "absorption", () => BudgetRules.Absorption(Tiny, decimal.MaxValue) },
        { "efficiency", () => BudgetRules.Efficiency(decimal.MaxValue, -decimal.MaxValue) },
        { "final score", () => EvaluationRules.FinalScore([new("U", 2024, "A", null, decimal.MaxValue), new("U", 2024, "B", null, decimal.MaxValue)]) },
        { "ikm", () => IkmRule.Index([decimal.MaxValue, decimal.MaxValue, 1, 1, 1, 1, 1, 1, 1]) },
    };

    [Theory]
    [MemberData(nameof(TooLarge))]
    public void Rules_give_no_value_with_the_reason_when_the_result_leaves_decimal(string name, Func<Explained<decimal?>> rule)
    {
        var figure = rule();

        figure.Value.ShouldBeNull(name);
        figure.Note.ShouldBe(Explained.TooLarge, name);
    }

    [Fact]
    public void Budget_rollup_of_children_beyond_decimal_gives_no_parent_amount()
    {
        BudgetLine[] lines =
        [
            new("P", "U", 2024, BudgetLevel.Program, null, "Program", null),
            new("K1", "U", 2024, BudgetLevel.Activity, "P", "Kegiatan 1", decimal.MaxValue, decimal.MaxValue),
            new("K2", "U", 2024, BudgetLevel.Activity, "P", "Kegiatan 2", decimal.MaxValue, decimal.MaxValue),
        ];

        var rollup = BudgetRules.Rollup(lines);

        rollup[new BudgetKey("U", 2024, "P")].Ceiling.Note.ShouldBe(Explained.TooLarge);
        BudgetRules.AnnualSpent(null, [decimal.MaxValue, decimal.MaxValue, null, null]).ShouldBeNull();
        LinkedBudget.Sum(lines, rollup, l => l.Code is "K1" or "K2").Ceiling.Note.ShouldBe(Explained.TooLarge);
    }

    [Fact]
    public void Evaluation_recap_of_scores_beyond_decimal_has_no_mean()
    {
        var grades = Core.Scales.BuiltInScales.SakipGrade;

        var recap = EvaluationRecap.For(2024, [new("A", 2024, null, null, decimal.MaxValue), new("B", 2024, null, null, decimal.MaxValue)], grades);

        recap.Mean.Note.ShouldBe(Explained.TooLarge);
    }

    [Fact]
    public void Printed_precision_difference_beyond_decimal_is_no_value()
    {
        PrintedPrecision.Compare(-decimal.MaxValue, decimal.MaxValue).Difference.ShouldBeNull();
    }

    [Fact]
    public void Capaian_on_ordinary_values_is_unchanged()
    {
        CapaianRule.Compute(TargetValue.Point(10m), 12m, Direction.Decrease).Value.ShouldBe(80m);
    }
}
