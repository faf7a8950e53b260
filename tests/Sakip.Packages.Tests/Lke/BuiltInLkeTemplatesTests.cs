using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Scales;
using Sakip.Packages.Lke;

namespace Sakip.Packages.Tests.Lke;

public sealed class BuiltInLkeTemplatesTests
{
    static LkeTemplate Lke88 => BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb88Of2021);
    static LkeTemplate Lke12 => BuiltInLkeTemplates.Get(BuiltInLkeTemplates.Permenpanrb12Of2015);

    [Fact]
    public void Permenpanrb_88_2021_has_80_criteria_in_components_30_30_15_25_each_split_20_30_50()
    {
        Lke88.Criteria.Count.ShouldBe(80);
        Lke88.Components.Select(c => c.Weight).ShouldBe([30m, 30m, 15m, 25m]);
        foreach (var component in Lke88.Components)
        {
            component.SubComponents.Select(s => s.Weight / component.Weight).ShouldBe([0.2m, 0.3m, 0.5m]);
        }
        Lke88.Components.Select(c => c.SubComponents.Sum(s => s.Criteria.Count)).ShouldBe([25, 20, 22, 13]);
        Lke88.Criterion("3.1.6")!.Text.ShouldBe("Dokumen Laporan Kinerja telah disampaikan tepat waktu.");
        Lke88.Criterion("1.1.1")!.AnswerType.ShouldBe(AnswerType.YesNo);
        Lke88.Criterion("1.2.1")!.AnswerType.ShouldBe(AnswerType.Grade);
    }

    [Fact]
    public void Permenpanrb_12_2015_keeps_the_older_components_30_25_15_10_20()
    {
        Lke12.Components.Select(c => (c.Name, c.Weight)).ShouldBe(
        [
            ("Perencanaan Kinerja", 30m), ("Pengukuran Kinerja", 25m), ("Pelaporan Kinerja", 15m), ("Evaluasi Internal", 10m), ("Capaian Kinerja", 20m),
        ]);
    }

    /// <summary>
    /// By hand, 88/2021 with every pemenuhan criterion Y, every kualitas B and every implementasi C: each component is
    /// 0,2w × 1 + 0,3w × 0,75 + 0,5w × 0,5 = 0,675w, so 20,25 + 20,25 + 10,125 + 16,875 = 67,5 (B). No logic check breaks
    /// (B ≤ mean of pemenuhan 1; C ≤ mean of kualitas 0,75).
    /// </summary>
    [Fact]
    public void A_hand_computed_88_2021_worksheet()
    {
        var answers = Lke88.Criteria.ToDictionary(c => c.Code, c => (string?)(c.Code.Split('.')[1] switch { "1" => "Y", "2" => "B", _ => "C" }));

        var score = LkeScoring.Score(Lke88, answers, BuiltInScales.SakipGrade);

        score.Components.Select(c => c.Score.Value).ShouldBe([20.25m, 20.25m, 10.125m, 16.875m]);
        score.Components[2].SubComponents.Select(s => s.Score.Value).ShouldBe([3m, 3.375m, 3.75m]);
        score.Total.Value.ShouldBe(67.5m);
        score.Grade!.Label.ShouldBe("B");
        score.Violations.ShouldBeEmpty();
        score.CanFinalise.ShouldBeTrue();
    }

    /// <summary>
    /// By hand: 88/2021 component 1 only, pemenuhan 1.1 with 5 of 7 Y (1.1.6 and 1.1.7 T) → 5/7 × 6 = 4,2857…; kualitas
    /// all A → 9, but A (1) is above the pemenuhan mean 0,714…, so each of the 10 kualitas criteria breaks maks_rata:1.1.
    /// </summary>
    [Fact]
    public void A_hand_computed_partial_88_2021_worksheet_with_violations()
    {
        var answers = new Dictionary<string, string?>();
        foreach (var criterion in Lke88.SubComponent("1.1")!.Criteria)
        {
            answers[criterion.Code] = criterion.Code is "1.1.6" or "1.1.7" ? "T" : "Y";
        }
        foreach (var criterion in Lke88.SubComponent("1.2")!.Criteria)
        {
            answers[criterion.Code] = "A";
        }

        var score = LkeScoring.Score(Lke88, answers, BuiltInScales.SakipGrade);

        score.Components[0].SubComponents[0].Score.Value.ShouldBe(5m / 7m * 6m);
        score.Components[0].SubComponents[1].Score.Value.ShouldBe(9m);
        score.Total.Value.ShouldBe(5m / 7m * 6m + 9m);
        score.Grade!.Label.ShouldBe("D");
        score.Violations.Count.ShouldBe(10);
        score.Violations.ShouldAllBe(v => v.Rule is NotAboveMeanRule);
        score.CanFinalise.ShouldBeFalse();
    }

    /// <summary>By hand, 12/2015 with every criterion at its best except component 5 all C: 80 + 20 × 0,5 = 90 (A).</summary>
    [Fact]
    public void A_hand_computed_12_2015_worksheet()
    {
        var answers = Lke12.Criteria.ToDictionary(c => c.Code,
            c => (string?)(c.Code.StartsWith("5.", StringComparison.Ordinal) ? "C" : c.AnswerType == AnswerType.YesNo ? "Y" : "A"));

        var score = LkeScoring.Score(Lke12, answers, BuiltInScales.SakipGrade);

        score.Components.Select(c => c.Score.Value).ShouldBe([30m, 25m, 15m, 10m, 10m]);
        score.Total.Value.ShouldBe(90m);
        score.Grade!.Label.ShouldBe("A");
    }

    [Fact]
    public void Built_in_templates_round_trip_through_their_csv_and_json()
    {
        foreach (var template in BuiltInLkeTemplates.All)
        {
            using var csv = new MemoryStream();
            LkeTemplateCsv.Write(csv, template);
            csv.Position = 0;

            var read = LkeTemplateCsv.Read(csv, "t.csv", template.Code, template.Name, template.Regulation, template.Version, out var problems);

            problems.ShouldBeEmpty();
            LkeTemplateJson.Write(read!).ShouldBe(LkeTemplateJson.Write(template));
            LkeTemplateJson.Write(LkeTemplateJson.Read(LkeTemplateJson.Write(template), out _)!).ShouldBe(LkeTemplateJson.Write(template));
        }
    }
}
