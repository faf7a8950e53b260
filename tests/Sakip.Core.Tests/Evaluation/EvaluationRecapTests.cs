using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;
using Sakip.Core.Scales;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Evaluation;

public sealed class EvaluationRecapTests
{
    /// <summary>LKjIP Setda Kaltim 2021, Tabel 3.13 (evaluasi.csv rows with tahun 2021).</summary>
    static readonly (string Unit, decimal Score)[] Tabel313 =
    [
        ("INSPEKTORAT", 79.15m), ("BAPPEDA", 78.19m), ("DPKH", 76.17m), ("BKD", 76.09m), ("RSUD_KANUJOSO", 75.85m),
        ("RSJD_AHM", 75.62m), ("DISDIKBUD", 75.60m), ("RSUD_AWS", 74.10m), ("BAPENDA", 72.95m), ("DISBUN", 72.43m),
        ("DISHUB", 71.28m), ("BADAN_PENGHUBUNG", 71.07m), ("DINSOS", 70.99m), ("DISHUT", 70.58m), ("DINKES", 70.33m),
        ("SETWAN", 70.32m), ("DESDM", 70.09m), ("DISPERINDAGKOP", 70.06m), ("DPK", 66.04m), ("DLH", 65.93m),
        ("DISPAR", 64.95m), ("KESBANGPOL", 64.07m), ("DKP3A", 63.84m), ("DPMPD", 63.82m), ("BPBD", 62.78m),
        ("DPTPH", 62.57m), ("DKP", 62.11m), ("DISPORA", 61.84m), ("BALITBANGDA", 59.26m), ("SETDA", 59.14m),
        ("DPUPR", 57.91m), ("BPSDM", 57.40m), ("DISKOMINFO", 57.29m), ("SATPOLPP", 57.12m), ("BPKAD", 51.11m),
        ("DPMPTSP", 51.09m), ("DISNAKERTRANS", 50.35m),
    ];

    static DatasetBuilder Tabel313Data()
    {
        var data = A.Dataset();
        foreach (var (unit, score) in Tabel313)
        {
            data.WithFinalScore(unit, 2021, score);
        }
        return data;
    }

    [Fact]
    public void For_tabel_3_13_reproduces_the_printed_mean_66_47_graded_B()
    {
        var scores = Tabel313Data().Build().Evaluations;

        var recap = EvaluationRecap.For(2021, scores, BuiltInScales.SakipGrade);

        recap.Units.Count.ShouldBe(37);
        recap.Mean.Input("Σ").ShouldBe(2459.49m);
        Display.Round(recap.Mean.Value.ShouldNotBeNull()).ShouldBe(66.47m);
        recap.MeanGrade.ShouldNotBeNull().FullLabel.ShouldBe("B/Baik");
    }

    [Fact]
    public void For_tabel_3_13_counts_28_of_37_at_least_B()
    {
        var scores = Tabel313Data().Build().Evaluations;

        var recap = EvaluationRecap.For(2021, scores, BuiltInScales.SakipGrade);

        recap.ShareAtLeastB.Input("m").ShouldBe(28m);
        recap.ShareAtLeastB.Input("n").ShouldBe(37m);
        Display.Round(recap.ShareAtLeastB.Value.ShouldNotBeNull()).ShouldBe(75.68m);
        recap.CountByGrade.ShouldBe(new Dictionary<string, int> { ["BB"] = 18, ["B"] = 10, ["CC"] = 9 }, ignoreOrder: true);
    }

    [Fact]
    public void For_uses_the_component_sum_and_only_the_given_year()
    {
        var scores = A.Dataset()
            .WithComponentScore("SETDA", 2019, "Perencanaan Kinerja", 40m)
            .WithComponentScore("SETDA", 2019, "Capaian Kinerja", 21m)
            .WithFinalScore("SETDA", 2019, 99m)
            .WithFinalScore("BAPPEDA", 2019, 81m)
            .WithFinalScore("BAPPEDA", 2020, 10m)
            .Build().Evaluations;

        var recap = EvaluationRecap.For(2019, scores, BuiltInScales.SakipGrade);

        recap.Units.Select(u => (u.Unit, u.Score)).ShouldBe([("SETDA", 61m), ("BAPPEDA", 81m)], ignoreOrder: true);
        recap.Mean.Value.ShouldBe(71m);
        recap.ShareAtLeastB.Value.ShouldBe(100m);
    }

    [Fact]
    public void For_a_year_without_scores_has_no_mean_and_no_share()
    {
        var scores = Tabel313Data().Build().Evaluations;

        var recap = EvaluationRecap.For(2022, scores, BuiltInScales.SakipGrade);

        recap.Units.ShouldBeEmpty();
        recap.Mean.Value.ShouldBeNull();
        recap.MeanGrade.ShouldBeNull();
        recap.ShareAtLeastB.Value.ShouldBeNull();
    }

    [Theory]
    [InlineData("B", 28, 75.675676)]
    [InlineData("BB", 18, 48.648649)]
    [InlineData("A", 0, 0)]
    [InlineData("D", 37, 100)]
    public void AtLeast_counts_tabel_3_13_units_at_or_above_a_grade(string grade, int count, decimal percent)
    {
        var recap = EvaluationRecap.For(2021, Tabel313Data().Build().Evaluations, BuiltInScales.SakipGrade);

        var (found, share) = recap.AtLeast(grade, BuiltInScales.SakipGrade)!.Value;

        found.ShouldBe(count);
        Math.Round(share.Value!.Value, 6).ShouldBe(percent);
    }

    [Fact]
    public void AtLeast_a_grade_the_scale_does_not_have_gives_nothing() =>
        EvaluationRecap.For(2021, Tabel313Data().Build().Evaluations, BuiltInScales.SakipGrade).AtLeast("Z", BuiltInScales.SakipGrade).ShouldBeNull();
}
