using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Core.Workflow.Quality;

namespace Sakip.Core.Tests.Workflow.Quality;

public sealed class DataQualityTests
{
    static readonly QualityIndicator Plain = new("IKU-1", "Indeks kepuasan", "indeks", IsRatio: false, EvidenceRequired: false);
    static readonly QualityIndicator Percent = new("IKU-2", "Persentase desa mandiri", "%", IsRatio: true, EvidenceRequired: false);
    static readonly QualityIndicator Required = Plain with { Code = "IKU-3", EvidenceRequired = true };

    static RealisationFacts Realisation(
        QualityIndicator indicator, decimal? value = null, bool hasTarget = true, bool hasRealisation = true,
        decimal? numerator = null, decimal? denominator = null, bool hasEvidence = false, params decimal[] history) =>
        new(indicator, Period.Q2, hasTarget, hasRealisation, value, numerator, denominator, hasEvidence,
            history.Select((v, i) => new YearValue(2021 + i, v)).ToList());

    // 100, 110, 120: mean 110, stdev √(200/3) = 8,16 < 10% of the mean = 11, so the band is 110 ± 33 = 77 … 143.
    // 50, 100, 150: mean 100, stdev √(5000/3) = 40,8248 > 10, so the band is 100 ± 122,4745 = −22,47 … 222,47.
    public static TheoryData<decimal[], decimal, bool> HistoryCases => new()
    {
        { [100m, 110m, 120m], 143m, false },
        { [100m, 110m, 120m], 143.01m, true },
        { [100m, 110m, 120m], 77m, false },
        { [100m, 110m, 120m], 76.99m, true },
        { [50m, 100m, 150m], 222.47m, false },
        { [50m, 100m, 150m], 222.48m, true },
        { [50m, 100m, 150m], -22.47m, false },
        { [50m, 100m, 150m], -22.48m, true },
        { [0m, 0m, 0m], 0m, false },
        { [0m, 0m, 0m], 0.01m, true },
        { [100m, 100m], 130m, false },
        { [100m, 100m], 131m, true },
        { [100m], 1000m, false },
        { [], 1000m, false },
    };

    [Theory]
    [MemberData(nameof(HistoryCases))]
    public void Realisation_far_from_the_last_three_years_is_a_warning_outside_mean_plus_minus_three_spreads(decimal[] history, decimal value, bool flagged)
    {
        var problem = DataQuality.FarFromHistory(Realisation(Plain, value, history: history));

        (problem is not null).ShouldBe(flagged);
        problem?.Severity.ShouldBe(Severity.Warning);
        problem?.Field.ShouldBe("IKU-1.realisasi");
    }

    [Fact]
    public void Far_from_history_explains_the_bound_with_the_years()
    {
        var problem = DataQuality.FarFromHistory(Realisation(Plain, 250m, history: [100m, 110m, 120m])).ShouldNotBeNull();

        problem.Message.ShouldContain("2021: 100; 2022: 110; 2023: 120");
        problem.Message.ShouldContain("rata-rata 110,00 ± 3 × maks(simpangan baku 8,16; 10% rata-rata 11,00) = 77,00 s.d. 143,00");
    }

    [Fact]
    public void Far_from_history_needs_a_value_and_survives_amounts_beyond_decimal()
    {
        DataQuality.FarFromHistory(Realisation(Plain, null, history: [100m, 110m, 120m])).ShouldBeNull();
        DataQuality.FarFromHistory(Realisation(Plain, 1m, history: [decimal.MaxValue, decimal.MaxValue, decimal.MinValue])).ShouldBeNull();
    }

    public static TheoryData<QualityIndicator, decimal?, decimal?, bool> RatioCases => new()
    {
        { Percent, 101m, 100m, true },
        { Percent, 100m, 100m, false },
        { Percent, 99m, 100m, false },
        { Percent, 5m, 0m, true },
        { Percent, null, 100m, false },
        { Percent with { Measure = "persen" }, 101m, 100m, true },
        { Percent with { Measure = "orang" }, 101m, 100m, false },
        { Percent with { IsRatio = false }, 101m, 100m, false },
    };

    [Theory]
    [MemberData(nameof(RatioCases))]
    public void Numerator_above_denominator_of_a_percentage_ratio_is_a_warning(QualityIndicator indicator, decimal? numerator, decimal? denominator, bool flagged)
    {
        var problem = DataQuality.NumeratorAboveDenominator(Realisation(indicator, numerator: numerator, denominator: denominator));

        (problem is not null).ShouldBe(flagged);
        problem?.Severity.ShouldBe(Severity.Warning);
        problem?.Field.ShouldBe("IKU-2.pembilang");
    }

    public static TheoryData<bool, bool, bool> MissingRealisationCases => new()
    {
        { true, false, true },
        { true, true, false },
        { false, false, false },
        { false, true, false },
    };

    [Theory]
    [MemberData(nameof(MissingRealisationCases))]
    public void Quarter_with_a_target_but_no_realisation_is_a_warning(bool hasTarget, bool hasRealisation, bool flagged)
    {
        var problem = DataQuality.MissingRealisation(Realisation(Plain, hasTarget: hasTarget, hasRealisation: hasRealisation));

        (problem is not null).ShouldBe(flagged);
        problem?.Severity.ShouldBe(Severity.Warning);
        problem?.Message.ShouldContain("target Triwulan II ada");
    }

    public static TheoryData<QualityIndicator, bool, bool, bool> RealisationEvidenceCases => new()
    {
        { Required, true, false, true },
        { Required, true, true, false },
        { Required, false, false, false },
        { Plain, true, false, false },
    };

    [Theory]
    [MemberData(nameof(RealisationEvidenceCases))]
    public void Required_evidence_missing_from_a_realisation_is_an_error(QualityIndicator indicator, bool hasRealisation, bool hasEvidence, bool flagged)
    {
        var problem = DataQuality.MissingRealisationEvidence(Realisation(indicator, 80m, hasRealisation: hasRealisation, hasEvidence: hasEvidence));

        (problem is not null).ShouldBe(flagged);
        problem?.IsError.ShouldBeTrue();
        problem?.Field.ShouldBe("IKU-3.bukti");
    }

    public static TheoryData<QualityIndicator, bool, bool> TargetEvidenceCases => new()
    {
        { Required, false, true },
        { Required, true, false },
        { Plain, false, false },
    };

    [Theory]
    [MemberData(nameof(TargetEvidenceCases))]
    public void Required_evidence_missing_from_a_target_is_an_error(QualityIndicator indicator, bool hasEvidence, bool flagged)
    {
        var problems = DataQuality.ForTargets([new TargetFacts(indicator, "target PK 2024", hasEvidence)]);

        problems.Count.ShouldBe(flagged ? 1 : 0);
        problems.ShouldAllBe(p => p.IsError && p.Message.Contains("target PK 2024"));
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void Agreement_without_its_signed_scan_is_a_warning(bool hasScan, bool flagged)
    {
        var problem = DataQuality.UnsignedAgreement(hasScan, 2024);

        (problem is not null).ShouldBe(flagged);
        problem?.Severity.ShouldBe(Severity.Warning);
    }

    public static TheoryData<decimal?, decimal?[], bool> ParentCases => new()
    {
        { 300m, [100m, 200m], false },
        { 300.01m, [100m, 200m], true },
        { 299.99m, [100m, 200m], true },
        { 300m, [100m, null, 200m], false },
        { 300m, [null, null], false },
        { 300m, [], false },
        { null, [100m, 200m], false },
    };

    [Theory]
    [MemberData(nameof(ParentCases))]
    public void Parent_budget_differing_from_the_sum_of_its_children_is_a_warning(decimal? own, decimal?[] children, bool flagged)
    {
        var problem = DataQuality.ParentDiffers("1.01", "pagu", "Pagu", own, children);

        (problem is not null).ShouldBe(flagged);
        problem?.Severity.ShouldBe(Severity.Warning);
        problem?.Field.ShouldBe("1.01.pagu");
    }

    public static TheoryData<decimal?, decimal?, bool> CeilingCases => new()
    {
        { 100m, 100m, false },
        { 100m, 100.01m, true },
        { 100m, 99m, false },
        { null, 100m, false },
        { 100m, null, false },
    };

    [Theory]
    [MemberData(nameof(CeilingCases))]
    public void Realisasi_above_pagu_is_a_warning(decimal? ceiling, decimal? spent, bool flagged)
    {
        var problem = DataQuality.SpentAboveCeiling(new BudgetLineFacts("1.01.01", "1.01", ceiling, spent));

        (problem is not null).ShouldBe(flagged);
        problem?.Severity.ShouldBe(Severity.Warning);
        problem?.Field.ShouldBe("1.01.01.realisasi");
    }

    [Fact]
    public void Budget_compares_each_parent_with_its_own_children_for_pagu_and_realisasi()
    {
        BudgetLineFacts[] lines =
        [
            new("1", null, 1000m, 700m),
            new("1.01", "1", 600m, 500m),
            new("1.02", "1", 400m, 200m),
            new("1.01.01", "1.01", 600m, 650m),
        ];

        var problems = DataQuality.ForBudget(lines);

        problems.Select(p => p.Field).ShouldBe(["1.01.realisasi", "1.01.01.realisasi"]);
        problems[0].Message.ShouldContain("(500) berbeda dari jumlah realisasi anggaran rinciannya (650 dari 1 baris); selisih -150");
    }

    [Fact]
    public void Realisations_gather_every_check_per_indicator()
    {
        RealisationFacts[] facts =
        [
            Realisation(Plain, hasRealisation: false),
            Realisation(Percent, 120m, numerator: 120m, denominator: 100m, history: [50m, 50m, 50m]),
            Realisation(Required, 80m),
        ];

        var problems = DataQuality.ForRealisations(facts);

        problems.Select(p => (p.Field, p.Severity)).ShouldBe(
        [
            ("IKU-1.realisasi", Severity.Warning),
            ("IKU-2.realisasi", Severity.Warning),
            ("IKU-2.pembilang", Severity.Warning),
            ("IKU-3.bukti", Severity.Error),
        ]);
    }
}
