using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Skm;
using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Evaluation.Skm;

public sealed class SkmScoreTests
{
    static SkmResult Service(string unit, string service, decimal mean, int year = 2024) =>
        new(unit, year, service, [.. Enumerable.Repeat(mean, 9)], null);

    /// <summary>Nine equal element means m give IKM = 9m / 9 × 25 = 25m, computed by hand: 3,532 × 25 = 88,30.</summary>
    public static TheoryData<decimal, decimal, string?> Boundaries => new()
    {
        { 4m, 100m, "A" },
        { 3.5324m, 88.31m, "A" },
        { 3.532m, 88.30m, "B" },
        { 3.0644m, 76.61m, "B" },
        { 3.064m, 76.60m, "C" },
        { 2.6m, 65.00m, "C" },
        { 2.5996m, 64.99m, "D" },
        { 1m, 25.00m, "D" },
    };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public void Of_gives_ikm_and_mutu_on_the_boundaries_of_permenpanrb_14_2017(decimal mean, decimal ikm, string? quality)
    {
        var score = SkmServiceScore.Of(Service("DISHUB", "Uji KIR", mean), [], BuiltInScales.IkmQuality);

        score.Ikm.Value.ShouldBe(ikm);
        (score.Quality?.Label).ShouldBe(quality);
        score.FromResponses.ShouldBeFalse();
    }

    [Fact]
    public void Of_a_service_with_responses_computes_the_element_means_from_them()
    {
        // Hand-computed: U1 = (4 + 3 + 2) / 3 = 3; U2..U9 = (4 + 4 + 4) / 3 = 4; IKM = (3 + 8 × 4) / 9 × 25 = 97,2222…
        SkmResponse[] responses =
        [
            new("DISHUB", 2024, "Uji KIR", [4, 4, 4, 4, 4, 4, 4, 4, 4]),
            new("DISHUB", 2024, "Uji KIR", [3, 4, 4, 4, 4, 4, 4, 4, 4]),
            new("DISHUB", 2024, "Uji KIR", [2, 4, 4, 4, 4, 4, 4, 4, 4]),
            new("DISHUB", 2024, "Izin Trayek", [1, 1, 1, 1, 1, 1, 1, 1, 1]),
        ];

        var score = SkmServiceScore.Of(Service("DISHUB", "Uji KIR", 1m), responses, BuiltInScales.IkmQuality);

        score.Elements.ShouldBe([3m, 4m, 4m, 4m, 4m, 4m, 4m, 4m, 4m]);
        score.Ikm.Value.ShouldBe(35m / 9m * 25m);
        score.Respondents.ShouldBe(3);
        score.FromResponses.ShouldBeTrue();
        score.Quality!.Label.ShouldBe("A");
    }

    [Fact]
    public void ElementScores_refuse_answers_outside_1_to_4_naming_respondent_and_column_without_throwing()
    {
        IReadOnlyList<int>[] responses = [[4, 4, 4, 4, 4, 4, 4, 4, 4], [4, 0, 4, 4, 4, 4, 4, 4, 5], [4, 4]];

        var scores = IkmRule.ElementScores(responses, i => $"baris {i + 2}", out var problems);

        scores.ShouldBeNull();
        problems.Select(p => p.ToString()).ShouldBe(
        [
            "baris 3, kolom u2: jawaban harus 1, 2, 3 atau 4, tertulis 0",
            "baris 3, kolom u9: jawaban harus 1, 2, 3 atau 4, tertulis 5",
            "baris 4: harus berisi 9 jawaban (U1–U9), tersedia 2",
        ]);
    }

    [Fact]
    public void ElementScores_without_respondents_is_a_problem()
    {
        IkmRule.ElementScores([], i => "", out var problems).ShouldBeNull();

        problems.Single().Message.ShouldBe("belum ada jawaban responden");
    }

    [Fact]
    public void Recap_counts_services_strictly_above_the_threshold_on_the_rounded_ikm()
    {
        SkmResult[] results =
        [
            Service("A", "s1", 3.2m),      // 80,00: not above 80
            Service("A", "s2", 3.2004m),   // 80,01: above
            Service("B", "s1", 3.20016m),  // 80,004 → 80,00: not above
            Service("B", "s2", 3.6m),      // 90,00: above
            Service("C", "s1", 3.6m, 2023),
        ];

        var recap = SkmRecap.For(2024, results, [], BuiltInScales.IkmQuality, 80m);

        recap.Services.Count.ShouldBe(4);
        recap.Above.ShouldBe(2);
        recap.ShareAbove.Value.ShouldBe(50m);
        (recap.ShareAbove.Input("m"), recap.ShareAbove.Input("n")).ShouldBe((2m, 4m));
        recap.MeanIkm.Value.ShouldBe((80m + 80.01m + 80.004m + 90m) / 4);
        recap.ShareAbove.Method.ShouldBe("Persentase unit layanan dengan IKM di atas 80");
    }

    [Fact]
    public void Recap_limited_to_units_and_without_services_has_no_share()
    {
        var recap = SkmRecap.For(2024, [Service("A", "s1", 3.6m)], [], BuiltInScales.IkmQuality, 80m, ["B"]);

        recap.Services.ShouldBeEmpty();
        recap.ShareAbove.Value.ShouldBeNull();
        recap.MeanIkm.Value.ShouldBeNull();
    }
}
