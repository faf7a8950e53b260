using Sakip.Core.Capaian;
using Sakip.Core.Planning;

namespace Sakip.Core.Tests.Capaian;

public sealed class QuarterAggregationTests
{
    public static TheoryData<decimal?[], Aggregation, decimal?> Cases => new()
    {
        { [10m, 20m, 30m, 40m], Aggregation.Last, 40m },
        { [10m, 20m, null, null], Aggregation.Last, 20m },
        { [10m, null, 30m, null], Aggregation.Last, 30m },
        { [null, 3.0885m, null, null], Aggregation.Last, 3.0885m },
        { [null, null, null, 0m], Aggregation.Last, 0m },
        { [null, null, null, null], Aggregation.Last, null },
        { [10m, 20m, 30m, 40m], Aggregation.Cumulative, 100m },
        { [10m, null, 30m, null], Aggregation.Cumulative, 40m },
        { [0m, 0m, null, null], Aggregation.Cumulative, 0m },
        { [null, null, null, null], Aggregation.Cumulative, null },
        { [10m, 20m, 30m, 40m], Aggregation.Mean, 25m },
        { [10m, null, 30m, null], Aggregation.Mean, 20m },
        { [null, null, null, 7m], Aggregation.Mean, 7m },
        { [null, null, null, null], Aggregation.Mean, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Aggregate_uses_only_quarters_with_a_value(decimal?[] quarters, Aggregation aggregation, decimal? expected)
    {
        var annual = QuarterAggregation.Aggregate(quarters, aggregation);

        annual.Value.ShouldBe(expected);
    }

    [Fact]
    public void Aggregate_last_names_the_quarter_it_took()
    {
        var annual = QuarterAggregation.Aggregate([10m, null, 30m, null], Aggregation.Last);

        annual.Formula.ShouldBe("{TW3}");
        annual.Input("TW3").ShouldBe(30m);
    }

    [Fact]
    public void Aggregate_mean_divides_by_the_number_of_quarters_present()
    {
        var annual = QuarterAggregation.Aggregate([10m, null, 30m, null], Aggregation.Mean);

        annual.Formula.ShouldBe("({TW1} + {TW3}) / 2");
        annual.Inputs.Select(i => i.Symbol).ShouldBe(["TW1", "TW3"]);
    }

    [Fact]
    public void Aggregate_without_any_quarter_explains_why()
    {
        var annual = QuarterAggregation.Aggregate([null, null, null, null], Aggregation.Cumulative);

        annual.Note.ShouldBe("tidak ada realisasi triwulan");
    }

    [Fact]
    public void Aggregate_rejects_anything_but_four_quarters()
    {
        Should.Throw<ArgumentException>(() => QuarterAggregation.Aggregate([1m, 2m, 3m], Aggregation.Last));
    }
}
