using Sakip.Core.Capaian;
using Sakip.Core.Planning;

namespace Sakip.Core.Review;

/// <summary>Reviews realisasi.capaian_tercetak against the capaian rules.</summary>
static class CapaianReview
{
    public static IEnumerable<Disagreement> Review(Dataset data, CapaianCalculator calculator)
    {
        foreach (var row in data.Realisations.Where(r => r.PrintedCapaian is not null))
        {
            var printed = row.PrintedCapaian!.Value;
            var result = calculator.For(row.Indicator, row.Year, row.Period);
            var direction = calculator.Index.Indicator(row.Indicator)?.Direction ?? Direction.Increase;
            // Reports legitimately compute from their own rounded realisation, so the row's value also counts.
            var asPrinted = CapaianRule.Compute(result.Target, row.Value, direction).Value;
            if (PrintedPrecision.Agrees(printed, result.Capaian.Value, asPrinted))
            {
                continue;
            }
            var (computed, difference) = PrintedPrecision.Compare(printed, result.Capaian.Value, asPrinted);
            var (file, line) = Reviewer.Where(row.Origin, "realisasi.csv");
            yield return new Disagreement(
                file, line, $"{row.Indicator} / {row.Year} / {Codes.Of(row.Period)}", "capaian_tercetak",
                PrintedPrecision.Text(printed), computed, difference, "Capaian", result.Capaian, result.TargetBasis);
        }
    }
}
