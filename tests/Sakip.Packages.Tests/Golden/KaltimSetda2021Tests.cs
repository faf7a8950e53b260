using Sakip.Core.Capaian;
using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Review;
using Sakip.Core.Scales;
using Sakip.Packages.Tests.Builders;
using Sakip.Packages.Values;

namespace Sakip.Packages.Tests.Golden;

/// <summary>
/// The example package (LKjIP 2021 of the Sekretariat Daerah Provinsi Kalimantan Timur) against the figures its
/// README lists: the printed values that disagree with the rules, and the printed figures the package does not store.
/// </summary>
public sealed class KaltimSetda2021Tests
{
    private static CapaianCalculator Calculator() => new(SamplePackage.Data);

    /// <remarks>Displayed figures round half away from zero to 2 decimals (spec "Built-in rules").</remarks>
    private static decimal? Shown(decimal? value) => value is { } v ? Display.Round(v) : null;

    [Fact]
    public void The_sample_reads_without_any_problem()
    {
        var result = PackageReader.Read(SamplePackage.Path);

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        (data.Units.Count, data.PlanElements.Count, data.Indicators.Count, data.Targets.Count, data.Realisations.Count)
            .ShouldBe((47, 11, 14, 119, 33));
        (data.Components.Count, data.BudgetLines.Count, data.Evaluations.Count, data.Recommendations.Count, data.Scales.Count)
            .ShouldBe((8, 251, 49, 42, 0));
        result.Conventions.Values.ShouldAllBe(c => c.Convention == NumberConvention.DecimalPoint && !c.IsMixed);
    }

    [Fact]
    public void Review_finds_exactly_the_four_disagreements_of_the_README()
    {
        var disagreements = Reviewer.Review(SamplePackage.Data);

        disagreements.Select(d => (d.File, d.Line, d.Key, d.Column, d.Printed, d.Computed)).ShouldBe([
            ("evaluasi.csv", 7, "SETDA / 2019 / final score", "nilai", "67.21", "67.23"),
            ("realisasi.csv", 6, "KERJASAMA / 2021 / tw4", "capaian_tercetak", "111.11", "222.22"),
            ("realisasi.csv", 16, "PEMBANGUNAN_TEPAT_WAKTU / 2021 / tw4", "capaian_tercetak", "140.57", null),
            ("realisasi.csv", 27, "IKM_KERUMAHTANGGAAN / 2021 / tw4", "capaian_tercetak", "103.24", "103.51"),
        ]);
        disagreements.Select(d => d.Difference).ShouldBe([0.02m, 111.11m, null, 0.27m]);
    }

    public static TheoryData<string, decimal?> ChangesFromLastYear => new()
    {
        { "EKPPD", 0.00m },
        { "KERJASAMA", 0.00m },
        { "PRODUK_HUKUM", -0.14m },
        { "KESRA", 0.00m },
        { "SAKIP_MIN_B", -3.45m },
        { "INDEKS_KELEMBAGAAN", 3.81m },
        { "IKM_KERUMAHTANGGAAN", -1.47m },
        { "IKM_ADPIM", 2.70m },
        { "IKM_PD_GT80", 16.49m },
        { "PEREKONOMIAN", null },
        { "PEMBANGUNAN_TEPAT_WAKTU", null },
        { "ITKP", null },
    };

    /// <remarks>Tabel 3.5, 3.8, 3.11, 3.16; Tabel 3.8 prints "-" for its three indicators, which have no 2020 value.</remarks>
    [Theory, MemberData(nameof(ChangesFromLastYear))]
    public void Change_from_last_year_reproduces_the_printed_figure(string indicator, decimal? expected)
    {
        var change = Calculator().ChangeFromLastYear(indicator, 2021);

        Shown(change.Value).ShouldBe(expected);
    }

    public static TheoryData<string, decimal> ProgressTowardTheEndTarget => new()
    {
        { "EKPPD", 98.05m },
        { "KERJASAMA", 105.26m },
        { "PRODUK_HUKUM", 99.86m },
        { "KESRA", 94.44m },
        { "PEREKONOMIAN", 90.00m },
        { "PEMBANGUNAN_TEPAT_WAKTU", 123.00m },
        { "ITKP", 92.66m },
        { "SAKIP_MIN_B", 93.43m },
        { "INDEKS_KELEMBAGAAN", 98.75m },
        { "IKM_KERUMAHTANGGAAN", 102.58m },
        { "IKM_ADPIM", 109.99m },
        { "IKM_PD_GT80", 102.28m },
    };

    /// <remarks>Tabel 3.6, 3.9, 3.12, 3.17: the 2021 realisation against the 2023 Renstra target.</remarks>
    [Theory, MemberData(nameof(ProgressTowardTheEndTarget))]
    public void Tingkat_kemajuan_reproduces_the_printed_figure(string indicator, decimal expected)
    {
        var progress = Calculator().Progress(indicator, 2021);

        Shown(progress.Value).ShouldBe(expected);
        progress.Method.ShouldEndWith("(2023)");
    }

    public static TheoryData<string, decimal> ObjectiveMeans => new()
    {
        { "S1", 102.69m },
        { "S2", 115.49m },
        { "S3", 100.76m },
        { "S4", 106.39m },
    };

    /// <remarks>Tabel 3.19; the report prints 102,73 for S1 because it took the produk hukum capaian 100,00 of Tabel 3.21.</remarks>
    [Theory, MemberData(nameof(ObjectiveMeans))]
    public void Sasaran_capaian_is_the_mean_of_its_indicators(string objective, decimal expected)
    {
        var capaian = Calculator().ForObjective(objective, 2021);

        Shown(capaian.Value).ShouldBe(expected);
    }

    [Fact]
    public void Tabel_3_13_recap_of_the_37_grades_reproduces_mean_66_47_B_and_75_68_percent_at_least_B()
    {
        var recap = EvaluationRecap.For(2021, SamplePackage.Data.Evaluations, ScaleSet.BuiltIn.SakipGrade);

        recap.Units.Count.ShouldBe(37);
        recap.Mean.Inputs[0].Value.ShouldBe(2459.49m);
        Shown(recap.Mean.Value).ShouldBe(66.47m);
        recap.MeanGrade!.FullLabel.ShouldBe("B/Baik");
        recap.CountByGrade.OrderBy(g => g.Key, StringComparer.Ordinal).ShouldBe([new("B", 10), new("BB", 18), new("CC", 9)]);
        Shown(recap.ShareAtLeastB.Value).ShouldBe(75.68m);
    }

    [Fact]
    public void The_share_at_least_B_is_the_SAKIP_MIN_B_realisation_of_2021()
    {
        var recap = EvaluationRecap.For(2021, SamplePackage.Data.Evaluations, ScaleSet.BuiltIn.SakipGrade);

        var realisation = Calculator().RealisationFor("SAKIP_MIN_B", 2021, Period.Annual);

        realisation.Value.ShouldBe(recap.ShareAtLeastB.Value);
    }
}
