using Sakip.Core.Evaluation;
using Sakip.Core.Scales;
using Sakip.Core.Tests.Builders;

namespace Sakip.Core.Tests.Evaluation;

public sealed class EvaluationRulesTests
{
    [Fact]
    public void FinalScore_is_the_sum_of_the_components_not_the_printed_total()
    {
        var rows = A.Dataset()
            .WithComponentScore("SETDA", 2019, "Perencanaan Kinerja", 22.40m, weight: 30m)
            .WithComponentScore("SETDA", 2019, "Pengukuran Kinerja", 15.94m, weight: 25m)
            .WithComponentScore("SETDA", 2019, "Pelaporan Kinerja", 10.07m, weight: 15m)
            .WithComponentScore("SETDA", 2019, "Evaluasi Kinerja", 6.27m, weight: 10m)
            .WithComponentScore("SETDA", 2019, "Capaian Kinerja", 12.55m, weight: 20m)
            .WithFinalScore("SETDA", 2019, 67.21m, "B")
            .Build().Evaluations;

        var final = EvaluationRules.FinalScore(rows);

        final.Value.ShouldBe(67.23m);
        final.Formula.ShouldBe("{K1} + {K2} + {K3} + {K4} + {K5}");
        final.Inputs[0].Label.ShouldBe("Perencanaan Kinerja");
    }

    [Fact]
    public void FinalScore_without_components_is_the_final_score_as_given()
    {
        var rows = A.Dataset().WithFinalScore("INSPEKTORAT", 2021, 79.15m, "BB/Sangat Baik").Build().Evaluations;

        var final = EvaluationRules.FinalScore(rows);

        final.Value.ShouldBe(79.15m);
        final.Formula.ShouldBe("{X}");
    }

    [Fact]
    public void FinalScore_with_a_component_without_score_has_no_value()
    {
        var rows = A.Dataset()
            .WithComponentScore("SETDA", 2020, "Perencanaan Kinerja", 20.39m)
            .WithComponentScore("SETDA", 2020, "Pengukuran Kinerja", null)
            .WithFinalScore("SETDA", 2020, 59.14m)
            .Build().Evaluations;

        var final = EvaluationRules.FinalScore(rows);

        final.Value.ShouldBeNull();
        final.Note.ShouldBe("ada nilai komponen yang kosong");
    }

    [Fact]
    public void FinalScore_of_no_rows_has_no_value()
    {
        var final = EvaluationRules.FinalScore([]);

        final.Value.ShouldBeNull();
    }

    public static TheoryData<decimal?, string?> Grades => new()
    {
        { 67.23m, "B" },
        { 59.14m, "CC" },
        { 79.15m, "BB" },
        { 100.5m, null },
        { null, null },
    };

    [Theory]
    [MemberData(nameof(Grades))]
    public void Grade_classifies_on_the_sakip_scale(decimal? score, string? grade)
    {
        var band = EvaluationRules.Grade(score, BuiltInScales.SakipGrade);

        (band?.Label).ShouldBe(grade);
    }

    [Theory]
    [InlineData("BB/Sangat Baik", "BB")]
    [InlineData("B/Baik", "B")]
    [InlineData("CC/Cukup", "CC")]
    [InlineData("B", "B")]
    [InlineData("CC Cukup", "CC")]
    [InlineData("  AA / Sangat Memuaskan ", "AA")]
    public void PrintedGradeCode_is_the_text_before_the_slash_or_first_space(string printed, string code)
    {
        var parsed = EvaluationRules.PrintedGradeCode(printed);

        parsed.ShouldBe(code);
    }
}
