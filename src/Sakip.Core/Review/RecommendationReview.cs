using Sakip.Core.Evaluation;
using Sakip.Core.Explaining;

namespace Sakip.Core.Review;

/// <summary>Reviews rekomendasi.status_tercetak against the row's status.</summary>
static class RecommendationReview
{
    public static IEnumerable<Disagreement> Review(Dataset data)
    {
        foreach (var row in data.Recommendations.Where(r => !string.IsNullOrWhiteSpace(r.PrintedStatus)))
        {
            var mapped = PrintedStatus.Parse(row.PrintedStatus!);
            if (mapped is not null && mapped == row.Status)
            {
                continue;
            }
            var (file, line) = Reviewer.Where(row.Origin, "rekomendasi.csv");
            yield return new Disagreement(
                file, line, $"{row.Unit} / {row.Year} / {row.Number}", "status_tercetak", row.PrintedStatus!,
                row.Status is { } status ? Codes.Of(status) : null, null, "Status tindak lanjut",
                Explained.None("Status tercetak dibandingkan dengan kolom status",
                    mapped is null ? "teks status tidak dikenal" : $"teks status berarti {Codes.Of(mapped.Value)}"));
        }
    }
}
