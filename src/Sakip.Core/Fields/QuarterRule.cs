using System.Globalization;
using Sakip.Core.Budget;
using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>Realisasi anggaran per quarter (anggaran.csv <c>realisasi_tw1</c>..<c>realisasi_tw4</c>) against the year's realisasi.</summary>
/// <remarks>
/// Each quarter holds that quarter's spending alone, so the four add up to at most the year's realisasi: both come from
/// the same SP2D. Unlike realisasi above pagu (a revised pagu not yet entered), a sum above the year cannot be true, and the
/// quarterly monitoring report would print two figures that contradict each other, so it is an error. A sum below the
/// year is normal while the year runs or when a quarter is not recorded.
/// </remarks>
public static class QuarterRule
{
    public static string Column(int quarter) => string.Create(CultureInfo.InvariantCulture, $"realisasi_tw{quarter}");

    public static string Label(int quarter) => $"Realisasi anggaran triwulan {Roman(quarter)}";

    public static IReadOnlyList<Problem> Check(QuarterAmounts? quarters, decimal? spent)
    {
        if (quarters is null)
        {
            return [];
        }
        var problems = new List<Problem>();
        for (var quarter = 1; quarter <= 4; quarter++)
        {
            if (quarters[quarter] < 0)
            {
                problems.Add(new Problem(Column(quarter), $"{Label(quarter)} tidak boleh negatif."));
            }
        }
        var sum = (quarters.Q1 ?? 0) + (quarters.Q2 ?? 0) + (quarters.Q3 ?? 0) + (quarters.Q4 ?? 0);
        if (problems.Count == 0 && spent is { } year && sum > year)
        {
            problems.Add(new Problem(Column(LastRecorded(quarters)), string.Create(CultureInfo.InvariantCulture,
                $"Jumlah realisasi triwulan I–IV ({sum}) melebihi realisasi anggaran setahun ({year}); setiap triwulan diisi realisasi triwulan itu saja, bukan kumulatif.")));
        }
        return problems;
    }

    static int LastRecorded(QuarterAmounts quarters) => quarters.Q4 is not null ? 4 : quarters.Q3 is not null ? 3 : quarters.Q2 is not null ? 2 : 1;

    static string Roman(int quarter) => quarter switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        _ => "IV",
    };
}
