using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Evaluation.Recaps;

public sealed class EvaluationRankingTests
{
    [Fact]
    public void For_tabel_3_13_ranks_37_units_from_the_highest_score()
    {
        var ranking = EvaluationRanking.For(2021, Tabel313.All(), BuiltInScales.SakipGrade);

        ranking.Units.Count.ShouldBe(37);
        ranking.Units.Select(u => u.Score).ShouldBe(ranking.Units.Select(u => u.Score).OrderDescending());
        (ranking.Units[0].Rank, ranking.Units[0].Unit, ranking.Units[0].Grade!.Label).ShouldBe((1, "INSPEKTORAT", "BB"));
        (ranking.Units[36].Rank, ranking.Units[36].Unit, ranking.Units[36].Grade!.Label).ShouldBe((37, "DISNAKERTRANS", "CC"));
    }

    public static TheoryData<string, int, decimal> Levels => new()
    {
        { "B", 28, 75.68m },
        { "BB", 18, 48.65m },
        { "A", 0, 0m },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void For_tabel_3_13_counts_units_at_least_B_BB_and_A(string grade, int count, decimal percent)
    {
        var ranking = EvaluationRanking.For(2021, Tabel313.All(), BuiltInScales.SakipGrade);

        var level = ranking.Levels.Single(l => l.Grade == grade);

        level.Count.ShouldBe(count);
        Display.Round(level.Share.Value!.Value).ShouldBe(percent);
        level.Share.Input("n").ShouldBe(37m);
    }

    [Fact]
    public void For_tabel_3_13_gives_the_printed_mean_66_47_B_and_its_change_from_setda_alone_in_2020()
    {
        var ranking = EvaluationRanking.For(2021, Tabel313.All(), BuiltInScales.SakipGrade);

        Display.Round(ranking.Current.Mean.Value!.Value).ShouldBe(66.47m);
        ranking.Current.MeanGrade!.Label.ShouldBe("B");
        ranking.Previous.Mean.Value.ShouldBe(59.14m);
        ranking.MeanChange.Value.ShouldBe(2459.49m / 37 - 59.14m);
    }

    [Fact]
    public void For_gives_the_change_from_last_year_only_to_units_scored_both_years()
    {
        var ranking = EvaluationRanking.For(2021, Tabel313.All(), BuiltInScales.SakipGrade);

        var setda = ranking.Units.Single(u => u.Unit == "SETDA");
        var bappeda = ranking.Units.Single(u => u.Unit == "BAPPEDA");

        (setda.PreviousScore, setda.Change.Value).ShouldBe((59.14m, 0m));
        setda.Change.Formula.ShouldBe("{N} − {N0}");
        bappeda.Change.Value.ShouldBeNull();
        bappeda.Change.Note.ShouldBe("tidak ada nilai tahun 2020");
    }

    [Fact]
    public void For_a_group_counts_only_its_units()
    {
        string[] group = ["INSPEKTORAT", "SETDA", "DPK", "NOT_SCORED"];

        var ranking = EvaluationRanking.For(2021, Tabel313.All(), BuiltInScales.SakipGrade, group);

        ranking.Units.Select(u => u.Unit).ShouldBe(["INSPEKTORAT", "DPK", "SETDA"]);
        ranking.Levels.Single(l => l.Grade == "B").Count.ShouldBe(2);
        ranking.Levels.Single(l => l.Grade == "B").Share.Input("n").ShouldBe(3m);
    }

    [Fact]
    public void For_equal_scores_share_a_rank_and_the_next_rank_skips()
    {
        EvaluationScore[] scores =
        [
            new("A1", 2024, null, null, 80m), new("A2", 2024, null, null, 75m), new("A3", 2024, null, null, 75m), new("A4", 2024, null, null, 70m),
        ];

        var ranking = EvaluationRanking.For(2024, scores, BuiltInScales.SakipGrade);

        ranking.Units.Select(u => (u.Unit, u.Rank)).ShouldBe([("A1", 1), ("A2", 2), ("A3", 2), ("A4", 4)]);
    }

    [Fact]
    public void Recap_orders_units_by_score_highest_first_whatever_the_input_order()
    {
        EvaluationScore[] scores = [new("C", 2024, null, null, 50m), new("A", 2024, null, null, 80m), new("B", 2024, null, null, 65m)];

        var recap = EvaluationRecap.For(2024, scores, BuiltInScales.SakipGrade);

        recap.Units.Select(u => u.Unit).ShouldBe(["A", "B", "C"]);
    }

    [Fact]
    public void For_a_year_without_scores_is_empty_with_no_mean_change()
    {
        var ranking = EvaluationRanking.For(2030, Tabel313.All(), BuiltInScales.SakipGrade);

        ranking.Units.ShouldBeEmpty();
        ranking.MeanChange.Value.ShouldBeNull();
        ranking.Levels.ShouldAllBe(l => l.Count == 0 && l.Share.Value == null);
    }
}
