using Sakip.Core;
using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>The Core field rules on a target as <c>PUT /api/v1/target</c> receives it; fields named as in target.csv.</summary>
internal static class TargetChecks
{
    public static List<Problem> Check(int year, TargetKind? kind, decimal? value, decimal? max, string? text, string? measure)
    {
        List<Problem?> found =
        [
            YearRule.Check("tahun", year),
            kind is null ? new Problem("jenis", $"Jenis target wajib diisi: {string.Join(", ", Codes.All<TargetKind>())}.") : null,
            value is null && string.IsNullOrWhiteSpace(text) ? new Problem("nilai", "Nilai target wajib diisi.") : null,
            NumberRule.Check("nilai", value, NumberKind.Quantity, "Nilai target"),
            NumberRule.Check("nilai_maks", max, NumberKind.Quantity, "Nilai maksimum"),
            value > max ? new Problem("nilai_maks", $"Rentang tidak valid: nilai {value} lebih besar dari nilai_maks {max}.") : null,
            TextRules.Check("teks", TextField.ValueText, text),
        ];
        var problems = found.OfType<Problem>().ToList();
        if (problems.Count == 0)
        {
            problems.AddRange(Plausibility.Measured("nilai", value, measure, "Nilai target"));
        }
        return problems;
    }
}
