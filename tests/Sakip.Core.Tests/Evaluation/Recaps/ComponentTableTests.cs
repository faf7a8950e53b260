using Sakip.Core.Evaluation;

namespace Sakip.Core.Tests.Evaluation.Recaps;

/// <summary>Tabel 3.1 of the sample: SETDA's component scores 2019/2020 and the final score the rule gives.</summary>
public sealed class ComponentTableTests
{
    public static TheoryData<int, decimal, decimal> Totals => new()
    {
        // 2019: 22,40 + 15,94 + 10,07 + 6,27 + 12,55 = 67,23, while the report prints 67,21 (README item 4).
        { 2019, 67.23m, 67.21m },
        { 2020, 59.14m, 59.14m },
    };

    [Theory]
    [MemberData(nameof(Totals))]
    public void FinalScore_of_the_component_table_is_the_component_sum(int year, decimal total, decimal printed)
    {
        var scores = Tabel313.All().Where(s => s.Unit == "SETDA" && s.Year == year).ToList();

        var final = EvaluationRules.FinalScore(scores);

        final.Value.ShouldBe(total);
        final.Inputs.Count.ShouldBe(5);
        (final.Value == printed).ShouldBe(year != 2019);
    }

}
