using Sakip.Core.Evaluation;
using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Evaluation;

public sealed class IkmRuleTests
{
    public static TheoryData<decimal, string?> Qualities => new()
    {
        { 100m, "A" },
        { 100.004m, "A" },
        { 88.31m, "A" },
        { 88.305m, "A" },
        { 88.30m, "B" },
        { 88.304m, "B" },
        { 76.61m, "B" },
        { 76.605m, "B" },
        { 76.60m, "C" },
        { 65.00m, "C" },
        { 64.995m, "C" },
        { 64.99m, "D" },
        { 25m, "D" },
        { 24.995m, "D" },
        { 24.99m, null },
        { 100.01m, null },
    };

    [Theory]
    [MemberData(nameof(Qualities))]
    public void Quality_compares_the_ikm_rounded_to_two_decimals(decimal ikm, string? quality)
    {
        var band = IkmRule.Quality(ikm, BuiltInScales.IkmQuality);

        (band?.Label).ShouldBe(quality);
    }

    public static TheoryData<decimal[], decimal?> Indexes => new()
    {
        { [3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m], 80m },
        { [4m, 4m, 4m, 4m, 4m, 4m, 4m, 4m, 4m], 100m },
        { [1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m, 1m], 25m },
        { [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3.9m], 77.5m },
        { [3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m, 3.2m], null },
        { [], null },
    };

    [Theory]
    [MemberData(nameof(Indexes))]
    public void Index_is_the_mean_of_nine_element_scores_times_25(decimal[] elementScores, decimal? expected)
    {
        var ikm = IkmRule.Index(elementScores);

        ikm.Value.ShouldBe(expected);
    }

    [Fact]
    public void Index_of_the_wrong_number_of_elements_says_how_many_it_got()
    {
        var ikm = IkmRule.Index([3m, 3m]);

        ikm.Note.ShouldBe("IKM memerlukan nilai 9 unsur, tersedia 2");
    }

    [Fact]
    public void ElementScore_is_the_mean_answer()
    {
        var nrr = IkmRule.ElementScore([3, 4, 3, 2, 4]);

        nrr.Value.ShouldBe(3.2m);
    }

    [Fact]
    public void ElementScore_without_answers_has_no_value()
    {
        var nrr = IkmRule.ElementScore([]);

        nrr.Value.ShouldBeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void ElementScore_rejects_answers_outside_1_to_4(int answer)
    {
        Should.Throw<ArgumentException>(() => IkmRule.ElementScore([3, answer]));
    }
}
