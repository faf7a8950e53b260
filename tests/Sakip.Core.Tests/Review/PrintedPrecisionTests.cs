using Sakip.Core.Review;

namespace Sakip.Core.Tests.Review;

public sealed class PrintedPrecisionTests
{
    public static TheoryData<decimal, decimal, bool> Comparisons => new()
    {
        { 74.505m, 74.50492m, true },
        { 74.50m, 74.50492m, true },
        { 74.51m, 74.50492m, false },
        { 98.29m, 98.2857m, true },
        { 98.28m, 98.2814m, true },
        { 98.29m, 98.2814m, false },
        { 67.21m, 67.23m, false },
        { 82.057m, 82.05739m, true },
        { 100.00m, 99.995m, true },
        { 100m, 99.86m, true },
        { 75.68m, 75.675675m, true },
        { 111.11m, 222.2222m, false },
    };

    [Theory]
    [MemberData(nameof(Comparisons))]
    public void Agrees_at_the_number_of_decimals_printed_rounding_half_away_from_zero(decimal printed, decimal computed, bool agrees)
    {
        var result = PrintedPrecision.Agrees(printed, computed);

        result.ShouldBe(agrees);
    }

    [Fact]
    public void Agrees_when_any_recomputation_agrees()
    {
        var result = PrintedPrecision.Agrees(98.29m, 98.2814m, 98.2857m);

        result.ShouldBeTrue();
    }

    [Fact]
    public void Agrees_never_with_no_recomputation()
    {
        var result = PrintedPrecision.Agrees(140.57m, null, null);

        result.ShouldBeFalse();
    }

    [Fact]
    public void Compare_reports_the_first_recomputation_at_the_printed_precision()
    {
        var (computed, difference) = PrintedPrecision.Compare(67.21m, null, 67.23m);

        computed.ShouldBe("67.23");
        difference.ShouldBe(0.02m);
    }

    [Fact]
    public void Compare_without_recomputation_has_nothing_to_report()
    {
        var (computed, difference) = PrintedPrecision.Compare(140.57m, (decimal?)null);

        computed.ShouldBeNull();
        difference.ShouldBeNull();
    }
}
