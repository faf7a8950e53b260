using Sakip.Core.Explaining;
using Sakip.Core.Planning;

namespace Sakip.Core.Capaian;

/// <summary>The annual value of an indicator from its quarterly values, by its agregasi.</summary>
public static class QuarterAggregation
{
    static readonly string[] Symbols = ["TW1", "TW2", "TW3", "TW4"];

    /// <param name="quarters">Exactly four values, tw1..tw4; null where a quarter has no value.</param>
    /// <remarks>Quarters without a value are left out; no quarter with a value gives no annual value, never 0.</remarks>
    public static Explained<decimal?> Aggregate(IReadOnlyList<decimal?> quarters, Aggregation aggregation)
    {
        if (quarters.Count != 4)
        {
            throw new ArgumentException("Exactly four quarterly values are expected.", nameof(quarters));
        }
        var present = Enumerable.Range(0, 4).Where(i => quarters[i] is not null).ToList();
        var inputs = present.Select(i => new NamedValue(Symbols[i], quarters[i], $"Realisasi triwulan {i + 1}")).ToArray();
        var method = Method(aggregation);
        if (present.Count == 0)
        {
            return Explained.None(method, "tidak ada realisasi triwulan");
        }
        return aggregation switch
        {
            Aggregation.Last => Explained.Of(quarters[present[^1]]!.Value, method, "{" + Symbols[present[^1]] + "}", inputs[^1]),
            Aggregation.Cumulative => Explained.Compute(() => present.Sum(i => quarters[i]!.Value), method, Sum(present), inputs),
            Aggregation.Mean => Explained.Compute(
                () => present.Sum(i => quarters[i]!.Value) / present.Count, method, $"({Sum(present)}) / {present.Count}", inputs),
        };
    }

    static string Sum(List<int> present) => string.Join(" + ", present.Select(i => "{" + Symbols[i] + "}"));

    static string Method(Aggregation aggregation) => aggregation switch
    {
        Aggregation.Last => "Realisasi tahunan = triwulan terakhir yang terisi (agregasi akhir)",
        Aggregation.Cumulative => "Realisasi tahunan = jumlah realisasi triwulan (agregasi kumulatif)",
        Aggregation.Mean => "Realisasi tahunan = rata-rata realisasi triwulan (agregasi rata-rata)",
    };
}
