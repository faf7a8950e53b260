using Sakip.Core.Agreements;
using Sakip.Core.Capaian;
using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Reporting;
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
        (data.Agreements.Count, data.AgreementPrograms.Count, data.Narratives.Count, data.Staff.Count, data.Facilities.Count, data.Comparisons.Count)
            .ShouldBe((1, 8, 10, 56, 14, 0));
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

    [Fact]
    public void The_PK_2021_of_the_Sekretaris_Daerah_has_its_parties_and_the_eight_programs_of_Rp_282_044_792_352()
    {
        var data = SamplePackage.Data;

        var agreement = data.Agreements.ShouldHaveSingleItem();
        (agreement.Unit, agreement.Year, agreement.Version, agreement.SignedOn, agreement.Place).ShouldBe(("SETDA", 2021, 1, new DateOnly(2021, 8, 20), "Samarinda"));
        agreement.FirstParty.ShouldBe(new Party("Muhammad Sa'bani", "196201281988031005", "Sekretaris Daerah Prov. Kaltim"));
        agreement.SecondParty.ShouldBe(new Party("Dr. Ir. H. Isran Noor, M.Si.", null, "Gubernur Kalimantan Timur"));
        data.AgreementPrograms.Sum(p => p.Amount).ShouldBe(282_044_792_352m);
        data.AgreementPrograms.Where(p => p.BudgetLine is not null).Select(p => p.BudgetLine)
            .ShouldBe(["ORGANISASI.P2", "KESRA.P2", "HUKUM.P2", "PEREKONOMIAN.P2", "PBJ.P1", "ADBANG.P3"]);
    }

    /// <remarks>
    /// Tabel 1.1 prints the golongan IV total as 60, its rows sum to 61; the text of Bab I D says 195 women, the table 197,
    /// and 78 Pasca Sarjana and 239 Sarjana, the table 79 and 240. The package keeps the rows; totals are derived.
    /// </remarks>
    [Fact]
    public void Tabel_1_1_staff_rows_give_621_people_349_of_them_civil_servants_424_men_and_197_women()
    {
        var staff = SamplePackage.Data.Staff;
        var byGender = staff.Where(s => s.Gender is not null).ToList();
        var byRank = staff.Where(s => s.Rank is not null).ToList();
        var byEducation = staff.Where(s => s.Education is not null).ToList();

        byGender.Sum(s => s.Count).ShouldBe(621);
        byEducation.Sum(s => s.Count).ShouldBe(621);
        byRank.Sum(s => s.Count).ShouldBe(349);
        byGender.Where(s => s.Gender == Gender.Male).Sum(s => s.Count).ShouldBe(424);
        byGender.Where(s => s.Gender == Gender.Female).Sum(s => s.Count).ShouldBe(197);
        byRank.Where(s => s.Rank == "IV").Sum(s => s.Count).ShouldBe(61);
        byEducation.Where(s => s.Education == "Pasca Sarjana").Sum(s => s.Count).ShouldBe(79);
        staff.Select(s => (s.Gender is null ? 0 : 1) + (s.Rank is null ? 0 : 1) + (s.Education is null ? 0 : 1)).ShouldAllBe(dimensions => dimensions == 1);
    }

    [Fact]
    public void Bab_I_Bab_III_and_Bab_IV_narratives_and_the_facilities_of_Tabel_1_2_are_in_the_sample()
    {
        var data = SamplePackage.Data;

        data.Narratives.Select(n => (n.Section, n.PlanElement)).ShouldBe([
            (NarrativeSection.Foreword, null), (NarrativeSection.Background, null), (NarrativeSection.LegalBasis, null),
            (NarrativeSection.Duties, null), (NarrativeSection.StrategicIssues, null),
            (NarrativeSection.ObjectiveAnalysis, "S1"), (NarrativeSection.ObjectiveAnalysis, "S2"), (NarrativeSection.ObjectiveAnalysis, "S3"),
            (NarrativeSection.ObjectiveAnalysis, "S4"), (NarrativeSection.Closing, null),
        ]);
        data.Narratives.ShouldAllBe(n => n.Unit == "SETDA" && n.Year == 2021);
        data.Narratives.Where(n => n.PlanElement != null).ShouldAllBe(n => n.Text.StartsWith("e. Faktor pendukung keberhasilan/kegagalan capaian kinerja\n", StringComparison.Ordinal));
        data.Narratives[3].Text.Split('\n').ShouldBe([
            "Sekretariat Daerah mempunyai tugas membantu Gubernur dalam penyusunan kebijakan dan pengkoordinasian administratif terhadap pelaksanaan tugas Perangkat Daerah serta pelayanan administratif.",
            "Dalam menyelenggarakan tugas sebagaimana dimaksud, Sekretariat Daerah mempunyai fungsi:",
            "a. Pengkoordinasian penyusunan kebijakan Daerah;",
            "b. Pengkoordinasian pelaksanaan tugas Perangkat Daerah;",
            "c. Pemantauan dan evaluasi pelaksanaan kebijakan Daerah;",
            "d. Pelayanan administrative dan pembinaan aparatur sipil negara pada Instansi Daerah; dan",
            "e. Pelaksanaan fungsi lain yang diberikan oleh Gubernur yang berkaitan dengan tugasnya.",
        ]);
        data.Narratives[4].Text.ShouldContain("realokasi atau refocusing. Kemudian");
        data.Facilities.Count.ShouldBe(14);
        data.Facilities.Where(f => f.Name == "Gedung").Select(f => (f.Quantity, f.Measure)).ShouldBe([(2m, "Unit (2 Lantai)"), (2048m, "m²")]);
        data.Facilities.Single(f => f.Name == "Komputer").Quantity.ShouldBe(464m);
    }
}
