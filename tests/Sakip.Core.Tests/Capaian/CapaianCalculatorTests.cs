using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Core.Scales;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Capaian;

public sealed class CapaianCalculatorTests
{
    [Fact]
    public void For_quarter_uses_the_quarters_own_target_not_the_annual_one()
    {
        var data = A.Dataset()
            .WithIndicator("KERJASAMA")
            .WithTarget("KERJASAMA", 2021, TargetKind.Agreement, 90m)
            .WithTarget("KERJASAMA", 2021, TargetKind.Q4, 45m)
            .WithRealisation("KERJASAMA", 2021, Period.Q4, 100.00m)
            .Build();

        var result = new CapaianCalculator(data).For("KERJASAMA", 2021, Period.Q4);

        result.Target.ShouldBe(TargetValue.Point(45m));
        result.TargetBasis.ShouldBe("Target Triwulan IV 2021");
        Display.Round(result.Capaian.Value.ShouldNotBeNull()).ShouldBe(222.22m);
    }

    [Fact]
    public void For_quarter_without_its_own_target_has_no_capaian_even_with_an_annual_target()
    {
        var data = A.Dataset()
            .WithIndicator("PEMBANGUNAN_TEPAT_WAKTU")
            .WithTarget("PEMBANGUNAN_TEPAT_WAKTU", 2021, TargetKind.Agreement, 70m)
            .WithRealisation("PEMBANGUNAN_TEPAT_WAKTU", 2021, Period.Q4, 98.40m)
            .Build();

        var result = new CapaianCalculator(data).For("PEMBANGUNAN_TEPAT_WAKTU", 2021, Period.Q4);

        result.Target.ShouldBeNull();
        result.TargetBasis.ShouldBeNull();
        result.Capaian.Value.ShouldBeNull();
        result.Category.ShouldBeNull();
    }

    [Fact]
    public void For_quarter_with_a_printed_zero_target_has_no_capaian()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD")
            .WithTarget("EKPPD", 2021, TargetKind.Q4, 0m)
            .WithRealisation("EKPPD", 2021, Period.Q4, 3.0885m)
            .Build();

        var result = new CapaianCalculator(data).For("EKPPD", 2021, Period.Q4);

        result.Target.ShouldBe(TargetValue.Point(0m));
        result.Capaian.Value.ShouldBeNull();
    }

    [Fact]
    public void For_annual_prefers_the_agreement_target_over_renstra()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD")
            .WithTarget("EKPPD", 2021, TargetKind.Renstra, 3.20m)
            .WithTarget("EKPPD", 2021, TargetKind.Agreement, 3.095m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m)
            .Build();

        var result = new CapaianCalculator(data).For("EKPPD", 2021, Period.Annual);

        result.TargetBasis.ShouldBe("Target PK 2021");
        Display.Round(result.Capaian.Value.ShouldNotBeNull()).ShouldBe(99.79m);
    }

    [Fact]
    public void For_annual_falls_back_to_the_renstra_target_of_that_year()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD")
            .WithTarget("EKPPD", 2020, TargetKind.Renstra, 3.08m)
            .WithTarget("EKPPD", 2021, TargetKind.Renstra, 3.095m)
            .WithTarget("EKPPD", 2022, TargetKind.Renstra, 3.10m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m)
            .Build();

        var result = new CapaianCalculator(data).For("EKPPD", 2021, Period.Annual);

        result.TargetBasis.ShouldBe("Target Renstra 2021");
        result.Target.ShouldBe(TargetValue.Point(3.095m));
        Display.Round(result.Capaian.Value.ShouldNotBeNull()).ShouldBe(99.79m);
    }

    [Fact]
    public void For_annual_without_pk_or_renstra_of_that_year_has_no_capaian()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD")
            .WithTarget("EKPPD", 2020, TargetKind.Renstra, 3.08m)
            .WithTarget("EKPPD", 2021, TargetKind.Q2, 3.095m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m)
            .Build();

        var result = new CapaianCalculator(data).For("EKPPD", 2021, Period.Annual);

        result.Target.ShouldBeNull();
        result.Capaian.Value.ShouldBeNull();
        result.Capaian.Note.ShouldBe("tidak ada target");
    }

    public static TheoryData<Aggregation, decimal> AnnualFromQuarters => new()
    {
        { Aggregation.Last, 30m },
        { Aggregation.Cumulative, 40m },
        { Aggregation.Mean, 20m },
    };

    [Theory]
    [MemberData(nameof(AnnualFromQuarters))]
    public void For_annual_without_a_given_value_aggregates_the_quarters_by_agregasi(Aggregation aggregation, decimal expected)
    {
        var data = A.Dataset()
            .WithIndicator("X", aggregation: aggregation)
            .WithTarget("X", 2021, TargetKind.Agreement, 40m)
            .WithRealisation("X", 2021, Period.Q1, 10m)
            .WithRealisation("X", 2021, Period.Q3, 30m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Realisation.Value.ShouldBe(expected);
        result.Capaian.Value.ShouldBe(expected / 40m * 100m);
    }

    [Fact]
    public void For_annual_with_a_given_value_ignores_the_quarters()
    {
        var data = A.Dataset()
            .WithIndicator("X", aggregation: Aggregation.Cumulative)
            .WithTarget("X", 2021, TargetKind.Agreement, 40m)
            .WithRealisation("X", 2021, Period.Q1, 10m)
            .WithRealisation("X", 2021, Period.Q3, 30m)
            .WithRealisation("X", 2021, Period.Annual, 20m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Realisation.Value.ShouldBe(20m);
        result.Capaian.Value.ShouldBe(50m);
    }

    [Fact]
    public void For_quarter_is_never_aggregated_from_other_quarters()
    {
        var data = A.Dataset()
            .WithIndicator("X")
            .WithTarget("X", 2021, TargetKind.Q2, 40m)
            .WithRealisation("X", 2021, Period.Q1, 10m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Q2);

        result.Realisation.Value.ShouldBeNull();
        result.Capaian.Value.ShouldBeNull();
        result.Capaian.Note.ShouldBe("realisasi belum diisi");
    }

    [Fact]
    public void For_ratio_indicator_takes_the_realisation_from_its_components_over_the_given_value()
    {
        var data = A.Dataset()
            .WithIndicator("SAKIP_MIN_B")
            .WithTarget("SAKIP_MIN_B", 2021, TargetKind.Agreement, 77m)
            .WithRealisation("SAKIP_MIN_B", 2021, Period.Annual, 75.68m, printedCapaian: 98.29m)
            .WithComponents("SAKIP_MIN_B", 2021, Period.Annual, 28m, 37m)
            .Build();

        var result = new CapaianCalculator(data).For("SAKIP_MIN_B", 2021, Period.Annual);

        result.Realisation.Value.ShouldBe(28m / 37m * 100m);
        result.Realisation.Formula.ShouldBe("{P} / {Q} × 100");
        Display.Round(result.Realisation.Value.ShouldNotBeNull(), 4).ShouldBe(75.6757m);
        Display.Round(result.Capaian.Value.ShouldNotBeNull()).ShouldBe(98.28m);
    }

    [Fact]
    public void For_ratio_indicator_with_penyebut_zero_has_no_realisation_and_no_capaian()
    {
        var data = A.Dataset()
            .WithIndicator("X")
            .WithTarget("X", 2021, TargetKind.Agreement, 77m)
            .WithRealisation("X", 2021, Period.Annual, 50m)
            .WithComponents("X", 2021, Period.Annual, 5m, 0m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Realisation.Value.ShouldBeNull();
        result.Realisation.Note.ShouldBe("penyebut bernilai 0");
        result.Capaian.Value.ShouldBeNull();
    }

    [Fact]
    public void For_ratio_indicator_with_penyebut_zero_does_not_fall_back_to_the_quarters()
    {
        var data = A.Dataset()
            .WithIndicator("X", aggregation: Aggregation.Cumulative)
            .WithTarget("X", 2021, TargetKind.Agreement, 77m)
            .WithRealisation("X", 2021, Period.Q1, 30m)
            .WithRealisation("X", 2021, Period.Q2, 40m)
            .WithComponents("X", 2021, Period.Annual, 5m, 0m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Realisation.Value.ShouldBeNull();
        result.Capaian.Value.ShouldBeNull();
    }

    [Fact]
    public void For_ratio_components_of_the_year_do_not_replace_a_quarters_own_value()
    {
        var data = A.Dataset()
            .WithIndicator("SAKIP_MIN_B")
            .WithTarget("SAKIP_MIN_B", 2021, TargetKind.Q2, 77m)
            .WithRealisation("SAKIP_MIN_B", 2021, Period.Q2, 75.68m)
            .WithComponents("SAKIP_MIN_B", 2021, Period.Annual, 28m, 37m)
            .Build();

        var result = new CapaianCalculator(data).For("SAKIP_MIN_B", 2021, Period.Q2);

        result.Realisation.Value.ShouldBe(75.68m);
        Display.Round(result.Capaian.Value.ShouldNotBeNull()).ShouldBe(98.29m);
    }

    [Fact]
    public void For_qualitative_target_and_realisation_use_the_numbers_of_a_custom_qualitative_scale()
    {
        var data = A.Dataset()
            .WithScale(
                "opini_bpk",
                new Band("TMP", null, 1m),
                new Band("TW", null, 2m),
                new Band("WDP", null, 3m),
                new Band("WTP", null, 4m))
            .WithIndicator("OPINI")
            .WithTarget("OPINI", 2021, TargetKind.Agreement, null, text: "WTP")
            .WithRealisation("OPINI", 2021, Period.Annual, null, text: "wdp")
            .Build();

        var result = new CapaianCalculator(data).For("OPINI", 2021, Period.Annual);

        result.Target.ShouldBe(TargetValue.Point(4m));
        result.Realisation.Value.ShouldBe(3m);
        result.Capaian.Value.ShouldBe(75m);
        result.Category.ShouldNotBeNull().Label.ShouldBe("Sedang");
    }

    [Fact]
    public void For_text_target_that_no_scale_maps_is_no_target()
    {
        var data = A.Dataset()
            .WithIndicator("OPINI")
            .WithTarget("OPINI", 2021, TargetKind.Agreement, null, text: "WTP")
            .WithRealisation("OPINI", 2021, Period.Annual, 4m)
            .Build();

        var result = new CapaianCalculator(data).For("OPINI", 2021, Period.Annual);

        result.Target.ShouldBeNull();
        result.Capaian.Value.ShouldBeNull();
    }

    [Fact]
    public void For_range_target_with_nilai_maks_is_a_range()
    {
        var data = A.Dataset()
            .WithIndicator("X", Direction.Stable)
            .WithTarget("X", 2021, TargetKind.Agreement, 60m, max: 70m, text: "B (60-70)")
            .WithRealisation("X", 2021, Period.Annual, 77m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Target.ShouldBe(TargetValue.Range(60m, 70m));
        result.Capaian.Value.ShouldBe(90m);
    }

    [Fact]
    public void For_decrease_indicator_uses_its_direction()
    {
        var data = A.Dataset()
            .WithIndicator("X", Direction.Decrease)
            .WithTarget("X", 2021, TargetKind.Agreement, 10m)
            .WithRealisation("X", 2021, Period.Annual, 12m)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Capaian.Value.ShouldBe(80m);
        result.Category.ShouldNotBeNull().Label.ShouldBe("Tinggi");
    }

    public static TheoryData<decimal, string> Categories => new()
    {
        { 50m, "Sangat Rendah" },
        { 65m, "Rendah" },
        { 75m, "Sedang" },
        { 90m, "Tinggi" },
        { 222.22m, "Sangat Tinggi" },
    };

    [Theory]
    [MemberData(nameof(Categories))]
    public void For_classifies_the_uncapped_capaian_with_permendagri_86_2017(decimal actual, string category)
    {
        var data = A.Dataset()
            .WithIndicator("X")
            .WithTarget("X", 2021, TargetKind.Agreement, 100m)
            .WithRealisation("X", 2021, Period.Annual, actual)
            .Build();

        var result = new CapaianCalculator(data).For("X", 2021, Period.Annual);

        result.Capaian.Value.ShouldBe(actual);
        result.Category.ShouldNotBeNull().Label.ShouldBe(category);
    }

    [Fact]
    public void All_lists_only_periods_with_both_a_target_and_a_realisation_in_period_order()
    {
        var data = A.Dataset()
            .WithIndicator("KERJASAMA")
            .WithTarget("KERJASAMA", 2021, TargetKind.Agreement, 90m)
            .WithTarget("KERJASAMA", 2021, TargetKind.Q2, 45m)
            .WithTarget("KERJASAMA", 2021, TargetKind.Q4, 45m)
            .WithRealisation("KERJASAMA", 2021, Period.Annual, 100m)
            .WithRealisation("KERJASAMA", 2021, Period.Q4, 100m)
            .WithRealisation("KERJASAMA", 2021, Period.Q1, 10m)
            .WithRealisation("KERJASAMA", 2020, Period.Annual, 100m)
            .Build();

        var results = new CapaianCalculator(data).All().ToList();

        results.Select(r => (r.Year, r.Period)).ShouldBe([(2021, Period.Q4), (2021, Period.Annual)]);
    }

    [Fact]
    public void All_skips_rows_of_unknown_indicators()
    {
        var data = A.Dataset()
            .WithTarget("UNKNOWN", 2021, TargetKind.Agreement, 90m)
            .WithRealisation("UNKNOWN", 2021, Period.Annual, 100m)
            .Build();

        var results = new CapaianCalculator(data).All();

        results.ShouldBeEmpty();
    }
}
