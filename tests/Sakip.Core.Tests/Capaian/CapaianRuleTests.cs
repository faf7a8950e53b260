using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Tests.Capaian;

public sealed class CapaianRuleTests
{
    public static TheoryData<decimal, decimal, decimal> IncreasePoint => new()
    {
        { 100m, 95m, 95m },
        { 3.095m, 3.0885m, 99.7900m },
        { 45m, 100m, 222.2222m },
        { 80m, 120m, 150m },
        { 50m, 0m, 0m },
    };

    [Theory]
    [MemberData(nameof(IncreasePoint))]
    public void Compute_increase_point_is_realisation_over_target_uncapped(decimal target, decimal actual, decimal expected)
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(target), actual, Direction.Increase);

        Display.Round(capaian.Value.ShouldNotBeNull(), 4).ShouldBe(expected);
    }

    public static TheoryData<decimal, decimal, decimal> DecreasePoint => new()
    {
        { 10m, 12m, 80m },
        { 10m, 8m, 120m },
        { 10m, 10m, 100m },
        { 10m, 0m, 200m },
        { 10m, 19m, 10m },
        { 10m, 20m, 0m },
        { 10m, 25m, 0m },
        { 10m, 1000m, 0m },
    };

    [Theory]
    [MemberData(nameof(DecreasePoint))]
    public void Compute_decrease_point_is_two_targets_minus_realisation_floored_at_zero(decimal target, decimal actual, decimal expected)
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(target), actual, Direction.Decrease);

        capaian.Value.ShouldBe(expected);
    }

    [Fact]
    public void Compute_decrease_past_twice_the_target_notes_the_floor()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(10m), 25m, Direction.Decrease);

        capaian.Value.ShouldBe(0m);
        capaian.Note.ShouldNotBeNull().ShouldContain("dibulatkan ke 0");
    }

    [Fact]
    public void Compute_decrease_exactly_twice_the_target_is_zero_without_a_floor_note()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(10m), 20m, Direction.Decrease);

        capaian.Value.ShouldBe(0m);
        capaian.Note.ShouldBeNull();
    }

    public static TheoryData<decimal, decimal, decimal> StablePoint => new()
    {
        { 10m, 10m, 100m },
        { 10m, 8m, 80m },
        { 10m, 12m, 80m },
        { 10m, 20m, 0m },
        { 10m, 25m, 0m },
    };

    [Theory]
    [MemberData(nameof(StablePoint))]
    public void Compute_stable_point_is_treated_as_the_range_from_target_to_target(decimal target, decimal actual, decimal expected)
    {
        var point = CapaianRule.Compute(TargetValue.Point(target), actual, Direction.Stable);
        var range = CapaianRule.Compute(TargetValue.Range(target, target), actual, Direction.Stable);

        point.Value.ShouldBe(expected);
        range.Value.ShouldBe(expected);
    }

    public static TheoryData<Direction, decimal, decimal> RangeSixtyToSeventy => new()
    {
        { Direction.Increase, 65m, 100m },
        { Direction.Increase, 60m, 100m },
        { Direction.Increase, 70m, 100m },
        { Direction.Increase, 54m, 90m },
        { Direction.Increase, 77m, 110m },
        { Direction.Decrease, 65m, 100m },
        { Direction.Decrease, 60m, 100m },
        { Direction.Decrease, 70m, 100m },
        { Direction.Decrease, 54m, 110m },
        { Direction.Decrease, 77m, 90m },
        { Direction.Decrease, 140m, 0m },
        { Direction.Decrease, 150m, 0m },
        { Direction.Stable, 65m, 100m },
        { Direction.Stable, 60m, 100m },
        { Direction.Stable, 70m, 100m },
        { Direction.Stable, 54m, 90m },
        { Direction.Stable, 77m, 90m },
        { Direction.Stable, 140m, 0m },
        { Direction.Stable, 150m, 0m },
    };

    [Theory]
    [MemberData(nameof(RangeSixtyToSeventy))]
    public void Compute_range_is_100_inside_and_uses_the_nearer_bound_outside(Direction direction, decimal actual, decimal expected)
    {
        var capaian = CapaianRule.Compute(TargetValue.Range(60m, 70m), actual, direction);

        capaian.Value.ShouldBe(expected);
    }

    public static TheoryData<Direction, decimal, decimal?> RangeFromZero => new()
    {
        { Direction.Increase, 0m, 100m },
        { Direction.Increase, 5m, 100m },
        { Direction.Increase, 12m, 120m },
        { Direction.Increase, -1m, null },
        { Direction.Decrease, 0m, 100m },
        { Direction.Decrease, 12m, 80m },
        { Direction.Decrease, -1m, null },
        { Direction.Stable, 10m, 100m },
        { Direction.Stable, 12m, 80m },
        { Direction.Stable, -1m, null },
    };

    [Theory]
    [MemberData(nameof(RangeFromZero))]
    public void Compute_range_with_lower_bound_zero_has_no_value_only_below_it(Direction direction, decimal actual, decimal? expected)
    {
        var capaian = CapaianRule.Compute(TargetValue.Range(0m, 10m), actual, direction);

        capaian.Value.ShouldBe(expected);
    }

    [Theory]
    [InlineData(Direction.Increase, 0)]
    [InlineData(Direction.Increase, 5)]
    [InlineData(Direction.Decrease, 0)]
    [InlineData(Direction.Decrease, 5)]
    [InlineData(Direction.Stable, 0)]
    [InlineData(Direction.Stable, 5)]
    public void Compute_zero_point_target_gives_no_value_never_zero(Direction direction, int actual)
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(0m), actual, direction);

        capaian.Value.ShouldBeNull();
        capaian.Formula.ShouldBeEmpty();
        capaian.Note.ShouldNotBeNull().ShouldContain("target bernilai 0");
    }

    [Theory]
    [InlineData(Direction.Increase)]
    [InlineData(Direction.Decrease)]
    [InlineData(Direction.Stable)]
    public void Compute_without_target_gives_no_value(Direction direction)
    {
        var capaian = CapaianRule.Compute(null, 12m, direction);

        capaian.Value.ShouldBeNull();
        capaian.Note.ShouldBe("tidak ada target");
    }

    [Theory]
    [InlineData(Direction.Increase)]
    [InlineData(Direction.Decrease)]
    [InlineData(Direction.Stable)]
    public void Compute_without_realisation_gives_no_value_but_keeps_the_target(Direction direction)
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(10m), null, direction);

        capaian.Value.ShouldBeNull();
        capaian.Note.ShouldBe("realisasi belum diisi");
        capaian.Input("T").ShouldBe(10m);
    }

    [Fact]
    public void Compute_names_its_inputs_and_formula()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(10m), 12m, Direction.Decrease);

        capaian.Formula.ShouldBe("(2 × {T} − {R}) / {T} × 100");
        capaian.Input("T").ShouldBe(10m);
        capaian.Input("R").ShouldBe(12m);
        capaian.Method.ShouldContain("turun");
    }

    [Fact]
    public void Compute_range_below_names_only_the_bound_used()
    {
        var capaian = CapaianRule.Compute(TargetValue.Range(60m, 70m), 54m, Direction.Increase);

        capaian.Formula.ShouldBe("{R} / {a} × 100");
        capaian.Inputs.Select(i => i.Symbol).ShouldBe(["R", "a"]);
    }
}
