using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Explaining;

namespace Sakip.Core.Tests.Evaluation.Recaps;

public sealed class RecapIndicatorRuleTests
{
    /// <summary>The IKU's 14 "Perangkat Daerah kluster utama"; two of them reach A in this test's 2024.</summary>
    static readonly string[] ClusterUnits =
        ["INSPEKTORAT", "BAPPEDA", "DPKH", "BKD", "RSUD_KANUJOSO", "RSJD_AHM", "DISDIKBUD", "RSUD_AWS", "BAPENDA", "DISBUN", "DISHUB", "DINSOS", "DINKES", "SETDA"];

    static Dataset Data2021() => new()
    {
        Evaluations = Tabel313.All(),
        UnitGroups = [new UnitGroup("kluster_utama", "Perangkat Daerah kluster utama", ClusterUnits)],
    };

    static Dataset Data2024()
    {
        var scores = Tabel313.Scores2021.Select(s => new EvaluationScore(s.Unit, 2024, null, null, s.Unit switch
        {
            "INSPEKTORAT" => 85.10m,
            "BAPPEDA" => 80.01m,
            "DPK" => 91m, // A or better, but outside the group
            _ => s.Score,
        })).ToList();
        return Data2021() with { Evaluations = scores };
    }

    [Fact]
    public void Sakip_min_B_2021_is_28_of_37_units()
    {
        var indicator = new RecapIndicator("SAKIP_MIN_B", RecapSource.SakipGrade, RecapMeasure.Percent, "B", null, null, null);

        var figure = RecapIndicatorRule.Realise(indicator, 2021, Data2021());

        Display.Round(figure.Value!.Value).ShouldBe(75.68m);
        (figure.Input("m"), figure.Input("n")).ShouldBe((28m, 37m));
        figure.Formula.ShouldBe("{m} / {n} × 100");
        figure.Method.ShouldBe("Persentase instansi dengan nilai SAKIP minimal B");
        figure.Note!.ShouldStartWith("Memenuhi (28 dari 37): INSPEKTORAT, BAPPEDA,");
        figure.Note.ShouldNotContain("BALITBANGDA");
    }

    [Fact]
    public void Iku_count_of_cluster_units_graded_at_least_A_counts_only_the_group()
    {
        var indicator = new RecapIndicator("PD_KLUSTER_MIN_A", RecapSource.SakipGrade, RecapMeasure.Count, "A", null, null, "kluster_utama");

        var figure = RecapIndicatorRule.Realise(indicator, 2024, Data2024());

        figure.Value.ShouldBe(2m);
        (figure.Input("m"), figure.Input("n")).ShouldBe((2m, 14m));
        figure.Formula.ShouldBe("{m}");
        figure.Note.ShouldBe("Memenuhi (2 dari 14): INSPEKTORAT, BAPPEDA");
        figure.Method.ShouldBe("Jumlah instansi dengan nilai SAKIP minimal A (kelompok kluster_utama)");
    }

    [Fact]
    public void Iku_percentage_of_all_units_at_least_BB()
    {
        var indicator = new RecapIndicator("PD_MIN_BB", RecapSource.SakipGrade, RecapMeasure.Percent, "BB", null, null, null);

        var figure = RecapIndicatorRule.Realise(indicator, 2024, Data2024());

        // Tabel 3.13 has 18 BB; DPK moves from B to AA in this test's 2024.
        (figure.Input("m"), figure.Input("n")).ShouldBe((19m, 37m));
        figure.Value.ShouldBe(19m / 37m * 100m);
    }

    [Fact]
    public void Ikm_above_80_counts_each_service_61_of_84()
    {
        var results = Enumerable.Range(1, 84)
            .Select(i => new SkmResult($"PD{i % 12}", 2021, $"Layanan {i}", [.. Enumerable.Repeat(i <= 61 ? 3.3m : 3.1m, 9)], 100)).ToList();
        var indicator = new RecapIndicator("IKM_PD_GT80", RecapSource.Ikm, RecapMeasure.Percent, null, 80m, null, null);

        var figure = RecapIndicatorRule.Realise(indicator, 2021, new Dataset { SkmResults = results });

        (figure.Input("m"), figure.Input("n")).ShouldBe((61m, 84m));
        Display.Round(figure.Value!.Value).ShouldBe(72.62m);
        figure.Method.ShouldBe("Persentase unit layanan dengan IKM di atas 80");
    }

    [Fact]
    public void Assessment_above_threshold_counts_units_with_a_value()
    {
        Assessment[] assessments =
        [
            new("SETDA", 2024, "indeks_kelembagaan", 81m, "B", null), new("DISHUB", 2024, "indeks_kelembagaan", 80m, null, null),
            new("DINKES", 2024, "indeks_kelembagaan", null, "Level 3", null), new("BKD", 2024, "maturitas_spip", 99m, null, null),
        ];
        var indicator = new RecapIndicator("KELEMBAGAAN", RecapSource.Assessment, RecapMeasure.Percent, null, 80m, "indeks_kelembagaan", null);

        var figure = RecapIndicatorRule.Realise(indicator, 2024, new Dataset { Assessments = assessments });

        (figure.Input("m"), figure.Input("n"), figure.Value).ShouldBe((1m, 2m, 50m));
        figure.Note.ShouldBe("Memenuhi (1 dari 2): SETDA");
    }

    public static TheoryData<RecapIndicator, string> Incomplete => new()
    {
        { new RecapIndicator("X", RecapSource.SakipGrade, RecapMeasure.Count, "Z", null, null, null), "predikat minimal tidak ditentukan atau tidak ada pada skala" },
        { new RecapIndicator("X", RecapSource.SakipGrade, RecapMeasure.Count, null, null, null, null), "predikat minimal tidak ditentukan atau tidak ada pada skala" },
        { new RecapIndicator("X", RecapSource.Ikm, RecapMeasure.Count, null, null, null, null), "ambang IKM tidak ditentukan" },
        { new RecapIndicator("X", RecapSource.Assessment, RecapMeasure.Count, null, 3m, null, null), "jenis penilaian atau ambang tidak ditentukan" },
        { new RecapIndicator("X", RecapSource.SakipGrade, RecapMeasure.Count, "B", null, null, "tidak_ada"), "kelompok \"tidak_ada\" tidak dikenal" },
        { new RecapIndicator("X", RecapSource.SakipGrade, RecapMeasure.Percent, "B", null, null, null), "belum ada hasil tahun 2030" },
    };

    [Theory]
    [MemberData(nameof(Incomplete))]
    public void Realise_without_what_it_needs_has_no_value_and_says_why(RecapIndicator indicator, string note)
    {
        var figure = RecapIndicatorRule.Realise(indicator, indicator.MinGrade == "B" ? 2030 : 2021, Data2021());

        figure.Value.ShouldBeNull();
        figure.Note.ShouldBe(note);
    }
}
