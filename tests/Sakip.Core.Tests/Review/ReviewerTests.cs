using System.Globalization;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Review;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Review;

public sealed class ReviewerTests
{
    [Fact]
    public void Review_of_an_empty_dataset_finds_nothing()
    {
        var found = Reviewer.Review(Dataset.Empty);

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Review_flags_a_quarter_divided_by_the_annual_target()
    {
        var data = A.Dataset()
            .WithIndicator("KERJASAMA")
            .WithTarget("KERJASAMA", 2021, TargetKind.Agreement, 90m)
            .WithTarget("KERJASAMA", 2021, TargetKind.Q4, 45m)
            .WithRealisation("KERJASAMA", 2021, Period.Q4, 100.00m, printedCapaian: 111.11m)
            .WithRealisation("KERJASAMA", 2021, Period.Annual, 100.00m, printedCapaian: 111.11m)
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.File.ShouldBe("realisasi.csv");
        disagreement.Line.ShouldBe(2);
        disagreement.Key.ShouldBe("KERJASAMA / 2021 / tw4");
        disagreement.Column.ShouldBe("capaian_tercetak");
        disagreement.Printed.ShouldBe("111.11");
        disagreement.Computed.ShouldBe("222.22");
        disagreement.Difference.ShouldBe(111.11m);
        disagreement.Describe(CultureInfo.GetCultureInfo("id-ID"), "%").ShouldBe("Target Triwulan IV 2021; Capaian = 100,00 / 45 × 100 = 222,22 %");
    }

    [Fact]
    public void Review_flags_a_printed_capaian_where_the_rules_compute_none()
    {
        var data = A.Dataset()
            .WithIndicator("PEMBANGUNAN_TEPAT_WAKTU")
            .WithTarget("PEMBANGUNAN_TEPAT_WAKTU", 2021, TargetKind.Agreement, 70m)
            .WithRealisation("PEMBANGUNAN_TEPAT_WAKTU", 2021, Period.Q4, 98.40m, printedCapaian: 140.57m)
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Key.ShouldBe("PEMBANGUNAN_TEPAT_WAKTU / 2021 / tw4");
        disagreement.Computed.ShouldBeNull();
        disagreement.Difference.ShouldBeNull();
        disagreement.Describe(CultureInfo.GetCultureInfo("id-ID")).ShouldBe("Capaian tidak dihitung: tidak ada target");
    }

    [Fact]
    public void Review_flags_a_printed_capaian_against_a_zero_quarter_target()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD")
            .WithTarget("EKPPD", 2021, TargetKind.Q4, 0m)
            .WithRealisation("EKPPD", 2021, Period.Q4, 3.0885m, printedCapaian: 99.79m)
            .Build();

        var found = Reviewer.Review(data);

        found.ShouldHaveSingleItem().Computed.ShouldBeNull();
    }

    [Fact]
    public void Review_flags_a_capaian_copied_from_another_row()
    {
        var data = A.Dataset()
            .WithIndicator("IKM_KERUMAHTANGGAAN")
            .WithTarget("IKM_KERUMAHTANGGAAN", 2021, TargetKind.Q4, 77.10m)
            .WithRealisation("IKM_KERUMAHTANGGAAN", 2021, Period.Q4, 79.81m, printedCapaian: 103.24m)
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Computed.ShouldBe("103.51");
        disagreement.Difference.ShouldBe(0.27m);
    }

    [Fact]
    public void Review_accepts_a_capaian_computed_from_the_reports_own_rounded_realisation()
    {
        var data = A.Dataset()
            .WithIndicator("SAKIP_MIN_B")
            .WithTarget("SAKIP_MIN_B", 2021, TargetKind.Agreement, 77m)
            .WithTarget("SAKIP_MIN_B", 2021, TargetKind.Q2, 77m)
            .WithRealisation("SAKIP_MIN_B", 2021, Period.Q2, 75.68m, printedCapaian: 98.29m)
            .WithRealisation("SAKIP_MIN_B", 2021, Period.Annual, 75.68m, printedCapaian: 98.29m)
            .WithComponents("SAKIP_MIN_B", 2021, Period.Annual, 28m, 37m)
            .WithIndicator("IKM_PD_GT80")
            .WithTarget("IKM_PD_GT80", 2021, TargetKind.Agreement, 69m)
            .WithRealisation("IKM_PD_GT80", 2021, Period.Annual, 72.62m, printedCapaian: 105.25m)
            .WithComponents("IKM_PD_GT80", 2021, Period.Annual, 61m, 84m)
            .Build();

        var found = Reviewer.Review(data);

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Review_accepts_correct_printed_capaian_of_every_kind()
    {
        var data = A.Dataset()
            .WithIndicator("EKPPD")
            .WithTarget("EKPPD", 2021, TargetKind.Agreement, 3.095m)
            .WithTarget("EKPPD", 2021, TargetKind.Q2, 3.095m)
            .WithRealisation("EKPPD", 2021, Period.Q2, 3.0885m, printedCapaian: 99.79m)
            .WithRealisation("EKPPD", 2021, Period.Annual, 3.0885m, printedCapaian: 99.79m)
            .WithIndicator("KESRA")
            .WithTarget("KESRA", 2021, TargetKind.Renstra, 85m)
            .WithRealisation("KESRA", 2021, Period.Annual, 85.00m, printedCapaian: 100.00m)
            .Build();

        var found = Reviewer.Review(data);

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Review_flags_a_realisation_that_disagrees_with_its_components()
    {
        var data = A.Dataset()
            .WithIndicator("SAKIP_MIN_B")
            .WithRealisation("SAKIP_MIN_B", 2021, Period.Annual, 80.00m)
            .WithComponents("SAKIP_MIN_B", 2021, Period.Annual, 28m, 37m)
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Column.ShouldBe("nilai");
        disagreement.Printed.ShouldBe("80.00");
        disagreement.Computed.ShouldBe("75.68");
        disagreement.Difference.ShouldBe(-4.32m);
        disagreement.Describe(CultureInfo.GetCultureInfo("id-ID")).ShouldBe("Realisasi = 28 / 37 × 100 = 75,68");
    }

    public static TheoryData<decimal, decimal, decimal> AgreeingRealisations => new()
    {
        { 75.68m, 28m, 37m },
        { 72.62m, 61m, 84m },
        { 99.86m, 739m, 740m },
        { 90.00m, 27m, 30m },
        { 100m, 739m, 740m },
    };

    [Theory]
    [MemberData(nameof(AgreeingRealisations))]
    public void Review_accepts_a_realisation_that_agrees_with_its_components_at_the_printed_precision(
        decimal printed, decimal numerator, decimal denominator)
    {
        var data = A.Dataset()
            .WithIndicator("X")
            .WithRealisation("X", 2021, Period.Annual, printed)
            .WithComponents("X", 2021, Period.Annual, numerator, denominator)
            .Build();

        var found = Reviewer.Review(data);

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Review_flags_a_realisation_beside_components_with_penyebut_zero()
    {
        var data = A.Dataset()
            .WithIndicator("X")
            .WithRealisation("X", 2021, Period.Annual, 50m)
            .WithComponents("X", 2021, Period.Annual, 5m, 0m)
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Column.ShouldBe("nilai");
        disagreement.Computed.ShouldBeNull();
    }

    [Fact]
    public void Review_flags_a_parent_pagu_that_is_not_the_sum_of_its_children()
    {
        var data = A.Dataset()
            .WithBudget("HUKUM.P2", 4934463708m, 4118154000m)
            .WithBudget("HUKUM.P2.K1", 2934663708m, 2418154000m, parent: "HUKUM.P2")
            .WithBudget("HUKUM.P2.K2", 2000000000m, 1700000000m, parent: "HUKUM.P2")
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.File.ShouldBe("anggaran.csv");
        disagreement.Line.ShouldBe(2);
        disagreement.Key.ShouldBe("HUKUM.P2");
        disagreement.Column.ShouldBe("pagu");
        disagreement.Printed.ShouldBe("4934463708");
        disagreement.Computed.ShouldBe("4934663708");
        disagreement.Difference.ShouldBe(200000m);
    }

    [Fact]
    public void Review_flags_a_parent_realisasi_that_is_not_the_sum_of_its_children()
    {
        var data = A.Dataset()
            .WithBudget("P1", 300m, 200m)
            .WithBudget("P1.K1", 100m, 50m, parent: "P1")
            .WithBudget("P1.K2", 200m, 100m, parent: "P1")
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Column.ShouldBe("realisasi");
        disagreement.Computed.ShouldBe("150");
    }

    [Fact]
    public void Review_flags_a_printed_absorption_that_neither_the_sum_nor_the_printed_amounts_give()
    {
        var data = A.Dataset()
            .WithBudget("UMUM.P1", 181890576352m, 150394102691m, printedPercent: 82.23m)
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Column.ShouldBe("persen_tercetak");
        disagreement.Printed.ShouldBe("82.23");
        disagreement.Computed.ShouldBe("82.68");
    }

    [Fact]
    public void Review_accepts_budget_amounts_and_absorption_at_three_printed_decimals()
    {
        var data = A.Dataset()
            .WithBudget("PBJ.P1", 4242589262m, 3481358198m, printedPercent: 82.057m)
            .WithBudget("PBJ.P1.K1", 1912089750m, 1424601000m, parent: "PBJ.P1", printedPercent: 74.505m)
            .WithBudget("PBJ.P1.K2", 1425173212m, 1297877004m, parent: "PBJ.P1", printedPercent: 91.068m)
            .WithBudget("PBJ.P1.K3", 905326300m, 758880194m, parent: "PBJ.P1", printedPercent: 83.824m)
            .Build();

        var found = Reviewer.Review(data);

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Review_flags_a_final_score_that_is_not_the_sum_of_its_components()
    {
        var data = A.Dataset()
            .WithComponentScore("SETDA", 2019, "Perencanaan Kinerja", 22.40m)
            .WithComponentScore("SETDA", 2019, "Pengukuran Kinerja", 15.94m)
            .WithComponentScore("SETDA", 2019, "Pelaporan Kinerja", 10.07m)
            .WithComponentScore("SETDA", 2019, "Evaluasi Kinerja", 6.27m)
            .WithComponentScore("SETDA", 2019, "Capaian Kinerja", 12.55m)
            .WithFinalScore("SETDA", 2019, 67.21m, "B")
            .WithComponentScore("SETDA", 2020, "Perencanaan Kinerja", 20.39m)
            .WithComponentScore("SETDA", 2020, "Pengukuran Kinerja", 13.75m)
            .WithComponentScore("SETDA", 2020, "Pelaporan Kinerja", 9.88m)
            .WithComponentScore("SETDA", 2020, "Evaluasi Kinerja", 3.84m)
            .WithComponentScore("SETDA", 2020, "Capaian Kinerja", 11.28m)
            .WithFinalScore("SETDA", 2020, 59.14m, "CC")
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.File.ShouldBe("evaluasi.csv");
        disagreement.Line.ShouldBe(7);
        disagreement.Key.ShouldBe("SETDA / 2019 / final score");
        disagreement.Column.ShouldBe("nilai");
        disagreement.Printed.ShouldBe("67.21");
        disagreement.Computed.ShouldBe("67.23");
        disagreement.Difference.ShouldBe(0.02m);
    }

    [Fact]
    public void Review_flags_a_printed_grade_that_is_not_the_grade_of_the_score()
    {
        var data = A.Dataset()
            .WithFinalScore("DPK", 2021, 66.04m, "BB/Sangat Baik")
            .WithFinalScore("INSPEKTORAT", 2021, 79.15m, "BB/Sangat Baik")
            .WithFinalScore("SETDA", 2021, 59.14m, "CC Cukup")
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Key.ShouldBe("DPK / 2021 / final score");
        disagreement.Column.ShouldBe("predikat_tercetak");
        disagreement.Printed.ShouldBe("BB/Sangat Baik");
        disagreement.Computed.ShouldBe("B");
    }

    [Fact]
    public void Review_grades_the_component_sum_when_the_printed_total_is_wrong()
    {
        var data = A.Dataset()
            .WithComponentScore("X", 2019, "Perencanaan Kinerja", 40m)
            .WithComponentScore("X", 2019, "Capaian Kinerja", 20.01m)
            .WithFinalScore("X", 2019, 60.00m, "CC")
            .Build();

        var found = Reviewer.Review(data);

        found.Select(d => (d.Column, d.Computed)).ShouldBe([("nilai", "60.01"), ("predikat_tercetak", "B")]);
    }

    [Fact]
    public void Review_flags_an_unknown_status_text_instead_of_guessing()
    {
        var data = A.Dataset()
            .WithRecommendation("1.a", FollowUpStatus.Done, "Sudah sebagian")
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.File.ShouldBe("rekomendasi.csv");
        disagreement.Key.ShouldBe("SETDA / 2020 / 1.a");
        disagreement.Column.ShouldBe("status_tercetak");
        disagreement.Computed.ShouldBe("sudah");
        disagreement.Computation.Note.ShouldBe("teks status tidak dikenal");
    }

    [Fact]
    public void Review_flags_a_status_text_that_maps_to_another_status()
    {
        var data = A.Dataset()
            .WithRecommendation("3.g", FollowUpStatus.Done, "Akan diusulkan")
            .Build();

        var found = Reviewer.Review(data);

        var disagreement = found.ShouldHaveSingleItem();
        disagreement.Printed.ShouldBe("Akan diusulkan");
        disagreement.Computed.ShouldBe("sudah");
        disagreement.Computation.Note.ShouldBe("teks status berarti belum");
    }

    [Fact]
    public void Review_accepts_status_texts_that_map_to_the_rows_status()
    {
        var data = A.Dataset()
            .WithRecommendation("1.a", FollowUpStatus.Done, "Sudah")
            .WithRecommendation("1.b", FollowUpStatus.InProgress, "Segera dilaksanakan")
            .WithRecommendation("1.c", FollowUpStatus.NotStarted, "akan diusulkan")
            .WithRecommendation("1.d", FollowUpStatus.NotStarted, null)
            .Build();

        var found = Reviewer.Review(data);

        found.ShouldBeEmpty();
    }

    [Fact]
    public void Review_lists_disagreements_by_file_then_line()
    {
        var data = A.Dataset()
            .WithRecommendation("1.a", FollowUpStatus.Done, "Belum")
            .WithFinalScore("DPK", 2021, 66.04m, "BB")
            .WithIndicator("X")
            .WithTarget("X", 2021, TargetKind.Agreement, 10m)
            .WithRealisation("X", 2021, Period.Annual, 10m, printedCapaian: 100.00m)
            .WithRealisation("X", 2021, Period.Q1, 5m, printedCapaian: 50.00m)
            .WithRealisation("X", 2021, Period.Q2, 5m, printedCapaian: 50.00m)
            .Build();

        var found = Reviewer.Review(data);

        found.Select(d => $"{d.File}:{d.Line}").ShouldBe(["evaluasi.csv:2", "realisasi.csv:3", "realisasi.csv:4", "rekomendasi.csv:2"]);
    }
}
