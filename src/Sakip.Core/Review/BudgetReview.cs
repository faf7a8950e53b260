using Sakip.Core.Budget;
using Sakip.Core.Explaining;

namespace Sakip.Core.Review;

/// <summary>Reviews parent budget amounts (sum of children) and printed absorption percentages.</summary>
static class BudgetReview
{
    public static IEnumerable<Disagreement> Review(Dataset data)
    {
        var rollup = BudgetRules.Rollup(data.BudgetLines);
        foreach (var line in data.BudgetLines)
        {
            var amounts = rollup[line.Key];
            if (amounts.HasChildren)
            {
                foreach (var d in Amount(line, "pagu", line.Ceiling, amounts.Ceiling))
                {
                    yield return d;
                }
                foreach (var d in Amount(line, "realisasi", line.Spent, amounts.Spent))
                {
                    yield return d;
                }
            }
            if (line.PrintedPercent is { } printed)
            {
                var exact = amounts.Absorption;
                var asPrinted = BudgetRules.Absorption(line.Ceiling, line.Spent).Value;
                if (!PrintedPrecision.Agrees(printed, exact.Value, asPrinted))
                {
                    var (computed, difference) = PrintedPrecision.Compare(printed, exact.Value, asPrinted);
                    yield return Disagree(line, "persen_tercetak", printed, computed, difference, "Penyerapan", exact);
                }
            }
        }
    }

    static IEnumerable<Disagreement> Amount(BudgetLine line, string column, decimal? own, Explained<decimal?> sum)
    {
        if (own is { } printed && !PrintedPrecision.Agrees(printed, sum.Value))
        {
            var (computed, difference) = PrintedPrecision.Compare(printed, sum.Value);
            yield return Disagree(line, column, printed, computed, difference, column == "pagu" ? "Pagu" : "Realisasi anggaran", sum);
        }
    }

    static Disagreement Disagree(BudgetLine line, string column, decimal printed, string? computed, decimal? difference, string figure, Explained<decimal?> how)
    {
        var (file, at) = Reviewer.Where(line.Origin, "anggaran.csv");
        return new Disagreement(file, at, line.Code, column, PrintedPrecision.Text(printed), computed, difference, figure, how);
    }
}
