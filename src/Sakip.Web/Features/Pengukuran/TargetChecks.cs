using Sakip.Core;
using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;

namespace Sakip.Web.Features.Pengukuran;

/// <summary>A target as <c>PUT /api/v1/target</c> receives it: what the body must hold, then the Core record rules; fields named as in target.csv.</summary>
internal static class TargetChecks
{
    public static List<Problem> Check(string indicator, int year, TargetKind? kind, decimal? value, decimal? max, string? text, string? measure)
    {
        var problems = new List<Problem>();
        if (kind is null)
        {
            problems.Add(new Problem("jenis", $"Jenis target wajib diisi: {string.Join(", ", Codes.All<TargetKind>())}."));
        }
        if (value is null && string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem("nilai", "Nilai target wajib diisi."));
        }
        if (value > max)
        {
            problems.Add(new Problem("nilai_maks", $"Rentang tidak valid: nilai {value} lebih besar dari nilai_maks {max}."));
        }
        if (problems.Count == 0)
        {
            RecordRules.Target(new Target(indicator, year, kind!.Value, value, max, text), problems, measure);
        }
        return problems;
    }
}
