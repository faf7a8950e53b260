using System.Globalization;
using Sakip.Core.Evaluation;
using Sakip.Core.Scales;

namespace Sakip.Benchmarks.Generation;

/// <summary>A pemda's SAKIP evaluation (LHE) of each year: four component scores, the final score and two recommendations.</summary>
static class EvaluationGenerator
{
    static readonly (string Component, decimal Weight)[] Components =
    [
        ("Perencanaan Kinerja", 30m), ("Pengukuran Kinerja", 30m), ("Pelaporan Kinerja", 15m), ("Evaluasi Akuntabilitas Kinerja Internal", 25m),
    ];

    static readonly FollowUpStatus[] Statuses = [FollowUpStatus.Done, FollowUpStatus.Done, FollowUpStatus.InProgress, FollowUpStatus.NotStarted];

    public static void Add(string pemda, Random random, PackageLists lists)
    {
        for (var year = PackageShape.FirstYear; year <= PackageShape.LastYear; year++)
        {
            var total = 0m;
            foreach (var (component, weight) in Components)
            {
                var score = Draw.Scaled(random, weight, 0.5m, 0.95m);
                total += score;
                lists.Evaluations.Add(new EvaluationScore(pemda, year, component, weight, score));
            }
            var grade = BuiltInScales.SakipGrade.Classify(total)?.FullLabel;
            lists.Evaluations.Add(new EvaluationScore(pemda, year, null, null, total, grade));
            for (var n = 1; n <= 2; n++)
            {
                lists.Recommendations.Add(new Recommendation(pemda, year, n.ToString(CultureInfo.InvariantCulture), Components[n].Component,
                    "Selaraskan indikator kinerja perangkat daerah dengan sasaran RPJMD", "Reviu indikator kinerja telah dilakukan",
                    Draw.OneOf(random, Statuses)));
            }
        }
    }
}
