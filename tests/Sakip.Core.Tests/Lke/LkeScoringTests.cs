using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Lke;

public sealed class LkeScoringTests
{
    static Dictionary<string, string?> Answers(params (string Code, string Answer)[] answers) =>
        answers.ToDictionary(a => a.Code, a => (string?)a.Answer);

    static LkeScore Score(LkeTemplate template, Dictionary<string, string?> answers) =>
        LkeScoring.Score(template, answers, BuiltInScales.SakipGrade);

    [Fact]
    public void Sub_component_is_the_mean_of_its_criteria_times_its_weight_unanswered_counting_zero()
    {
        // 1.1: Y, Y, (blank) → 2/3 × 12 = 8; 1.2: B, C → 1,25/2 × 48 = 30; 2.1: A, A, E, D → 2,25/4 × 40 = 22,5.
        var score = Score(LkeTemplates.TwoComponents(),
            Answers(("1.1.1", "Y"), ("1.1.2", "y"), ("1.2.1", "B"), ("1.2.2", "C"), ("2.1.1", "A"), ("2.1.2", "a"), ("2.1.3", "E"), ("2.1.4", "D")));

        var first = score.Components[0];
        first.SubComponents[0].Score.Value.ShouldBe(8m);
        first.SubComponents[0].Mean.Note.ShouldBe("1 kriteria belum dijawab dan dihitung 0");
        first.SubComponents[1].Score.Value.ShouldBe(30m);
        first.Score.Value.ShouldBe(38m);
        score.Components[1].Score.Value.ShouldBe(22.5m);
        score.Total.Value.ShouldBe(60.5m);
        score.Total.Formula.ShouldBe("{K1} + {K2}");
        score.Grade!.Label.ShouldBe("B");
        score.Answered.ShouldBe(8);
        score.CriteriaCount.ShouldBe(9);
        score.IsComplete.ShouldBeFalse();
        score.CanFinalise.ShouldBeFalse();
    }

    [Theory]
    [InlineData(0, "D")]
    [InlineData(6, "D")] // 30 is the top of D [0, 30]
    [InlineData(10, "C")] // 50 is the top of C (30, 50]
    [InlineData(11, "CC")] // 55
    [InlineData(12, "CC")] // exactly 60: CC (50, 60]
    [InlineData(13, "B")] // 65
    [InlineData(14, "B")] // exactly 70: B (60, 70]
    [InlineData(16, "BB")] // exactly 80: BB (70, 80]
    [InlineData(18, "A")] // exactly 90: A (80, 90]
    [InlineData(19, "AA")] // 95
    [InlineData(20, "AA")] // 100
    public void Grade_boundaries_are_exact_on_the_permenpanrb_88_2021_scale(int yes, string grade)
    {
        var template = LkeTemplates.Single(20, AnswerType.YesNo);
        var answers = template.Criteria.Select((c, i) => (c.Code, i < yes ? "Y" : "T")).ToArray();

        var score = Score(template, Answers(answers));

        score.Total.Value.ShouldBe(yes * 5m);
        score.Grade!.Label.ShouldBe(grade);
    }

    [Fact]
    public void A_score_just_above_a_boundary_takes_the_next_grade()
    {
        // 3 criteria A–E of weight 100: A, A, C → 2,5/3 × 100 = 83,33…; B, B, B → 75; A, B, B → 83,33…; one band each side.
        var template = LkeTemplates.Single(4, AnswerType.Grade);
        // A, A, B, E → 2,75/4 × 100 = 68,75 (B); A, A, A, E → 75 (BB); A, A, B, C → 81,25 (A)
        Score(template, Answers(("1.1.1", "A"), ("1.1.2", "A"), ("1.1.3", "B"), ("1.1.4", "E"))).Grade!.Label.ShouldBe("B");
        Score(template, Answers(("1.1.1", "A"), ("1.1.2", "A"), ("1.1.3", "A"), ("1.1.4", "E"))).Grade!.Label.ShouldBe("BB");
        Score(template, Answers(("1.1.1", "A"), ("1.1.2", "A"), ("1.1.3", "B"), ("1.1.4", "C"))).Grade!.Label.ShouldBe("A");
    }

    [Fact]
    public void A_criterion_above_the_mean_of_its_prerequisite_sub_component_is_a_violation()
    {
        // 1.1 mean = 2/3; 1.2.1 = B (0,75) > 0,67 breaks maks_rata:1.1; 1.2.2 = C (0,5) does not.
        var score = Score(LkeTemplates.TwoComponents(),
            Answers(("1.1.1", "Y"), ("1.1.2", "Y"), ("1.1.3", "T"), ("1.2.1", "B"), ("1.2.2", "C")));

        var violation = score.Violations.ShouldHaveSingleItem();
        violation.Rule.ShouldBe(new NotAboveMeanRule("1.2.1", "1.1"));
        violation.Message.ShouldBe("Nilai kriteria 1.2.1 (0,75) melebihi rata-rata sub-komponen 1.1 (0,6667); nilai kriteria ini tidak boleh melebihi sub-komponen \"Sub 1.1\".");
    }

    [Theory]
    [InlineData("T", "C", true)]
    [InlineData(null, "C", true)]
    [InlineData("T", "E", false)] // 0 is allowed without the prerequisite
    [InlineData("Y", "C", false)]
    public void A_criterion_that_requires_another_answered_Y(string? prerequisite, string answer, bool violated)
    {
        var answers = Answers(("1.1.2", "Y"), ("1.1.3", "Y"), ("1.2.2", answer));
        if (prerequisite is not null)
        {
            answers["1.1.1"] = prerequisite;
        }

        var score = Score(LkeTemplates.TwoComponents(), answers);

        score.Violations.Any(v => v.Rule is RequiresYesRule).ShouldBe(violated);
        if (violated)
        {
            score.Violations.First(v => v.Rule is RequiresYesRule).Message
                .ShouldBe("Kriteria 1.2.2 hanya dapat bernilai lebih dari 0 bila kriteria 1.1.1 dijawab Y.");
        }
    }

    [Fact]
    public void A_complete_sheet_without_violations_can_be_finalised()
    {
        var template = LkeTemplates.TwoComponents();
        var answers = Answers(("1.1.1", "Y"), ("1.1.2", "Y"), ("1.1.3", "Y"), ("1.2.1", "A"), ("1.2.2", "B"),
            ("2.1.1", "B"), ("2.1.2", "B"), ("2.1.3", "B"), ("2.1.4", "B"));

        var score = Score(template, answers);

        score.CanFinalise.ShouldBeTrue();
        score.Total.Value.ShouldBe(12m + 48m * 1.75m / 2m + 30m);
    }

    [Theory]
    [InlineData("X")]
    [InlineData("A")] // A is not a Y/T answer
    [InlineData("")]
    public void Answers_the_criterion_does_not_accept_are_not_counted(string answer)
    {
        var score = Score(LkeTemplates.TwoComponents(), Answers(("1.1.1", answer), ("9.9.9", "Y")));

        score.Answered.ShouldBe(0);
        score.Total.Value.ShouldBe(0m);
    }
}
