using Sakip.Core.Budget;

namespace Sakip.Core.Review;

/// <summary>Reviews parent budget amounts (sum of children) and printed absorption percentages.</summary>
static class BudgetReview
{
    public static IEnumerable<Disagreement> Review(Dataset data)
    {
        var rollup = BudgetRules.Rollup(data.BudgetLines);
        foreach (var line in data.BudgetLines)
        {
            var amounts = rollup[line.Code];
            if (amounts.HasChildren)
            {
                foreach (var d in Amount(line, "pagu", line.Ceiling, amounts.Ceiling.Value))
                {
                    yield return d;
                }
                foreach (var d in Amount(line, "realisasi", line.Spent, amounts.Spent.Value))
                {
                    yield return d;
                }
            }
            if (line.PrintedPercent is { } printed)
            {
                var exact = amounts.Absorption.Value;
                var asPrinted = BudgetRules.Absorption(line.Ceiling, line.Spent).Value;
                if (!PrintedPrecision.Agrees(printed, exact, asPrinted))
                {
                    var (computed, difference) = PrintedPrecision.Compare(printed, exact, asPrinted);
                    yield return Disagree(line, "persen_tercetak", printed, computed, difference, "realisasi / pagu × 100");
                }
            }
        }
    }

    static IEnumerable<Disagreement> Amount(BudgetLine line, string column, decimal? own, decimal? sum)
    {
        if (own is { } printed && !PrintedPrecision.Agrees(printed, sum))
        {
            var (computed, difference) = PrintedPrecision.Compare(printed, sum);
            yield return Disagree(line, column, printed, computed, difference, $"{column} = jumlah {column} rincian di bawahnya");
        }
    }

    static Disagreement Disagree(BudgetLine line, string column, decimal printed, string? computed, decimal? difference, string how)
    {
        var (file, at) = Reviewer.Where(line.Origin, "anggaran.csv");
        return new Disagreement(file, at, line.Code, column, PrintedPrecision.Text(printed), computed, difference, how);
    }
}
