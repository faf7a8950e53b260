using Sakip.Core.Capaian;

namespace Sakip.Core.Review;

/// <summary>Reviews a realisasi value against its numerator/denominator components (komponen.csv).</summary>
static class ComponentReview
{
    public static IEnumerable<Disagreement> Review(Dataset data, CapaianCalculator calculator)
    {
        foreach (var row in data.Realisations.Where(r => r.Value is not null))
        {
            if (calculator.Index.Components(row.Indicator, row.Year, row.Period) is not var (numerator, denominator))
            {
                continue;
            }
            var printed = row.Value!.Value;
            var ratio = RatioRule.Compute(numerator.Value, denominator.Value);
            if (PrintedPrecision.Agrees(printed, ratio.Value))
            {
                continue;
            }
            var (computed, difference) = PrintedPrecision.Compare(printed, ratio.Value);
            var (file, line) = Reviewer.Where(row.Origin, "realisasi.csv");
            yield return new Disagreement(
                file, line, $"{row.Indicator} / {row.Year} / {Codes.Of(row.Period)}", "nilai",
                PrintedPrecision.Text(printed), computed, difference, "Realisasi", ratio);
        }
    }
}
