using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>The largest magnitude and the most decimals a number may have, so no rule's arithmetic can overflow at input.</summary>
/// <remarks>
/// <para>
/// Quantities: below 10¹⁸ with at most 8 decimals. The largest real quantity is a national PDB in Rupiah
/// (about 2 × 10¹⁶); the smallest step a report prints is far above 10⁻⁸. With these bounds the largest division
/// the rules make on values as entered, R / T × 100, stays below 10¹⁸ / 10⁻⁸ × 100 = 10²⁸, inside decimal's
/// 7,9 × 10²⁸; figures derived from derived figures are guarded by <c>Explained.Compute</c>.
/// </para>
/// <para>
/// Rupiah: below 10¹⁶ (Rp 10.000 triliun) with at most 2 decimals (sen). The whole APBN is about Rp 3.300 triliun,
/// so no budget line of any installation comes near, and the sum of a million lines stays below 10²².
/// </para>
/// </remarks>
public static class NumberRule
{
    public const decimal MaxQuantity = 1_000_000_000_000_000_000m;
    public const int QuantityDecimals = 8;
    public const decimal MaxRupiah = 10_000_000_000_000_000m;
    public const int RupiahDecimals = 2;

    public static Problem? Check(string where, decimal? value, NumberKind kind, string label)
    {
        if (value is not { } v)
        {
            return null;
        }
        var (max, decimals, maxText) = kind switch
        {
            NumberKind.Quantity => (MaxQuantity, QuantityDecimals, "10¹⁸ (satu triliun juta)"),
            NumberKind.Rupiah => (MaxRupiah, RupiahDecimals, "Rp 10.000 triliun"),
        };
        if (Math.Abs(v) >= max)
        {
            return new Problem(where, $"{label} di luar batas: nilainya harus kurang dari {maxText}.");
        }
        // The scale is how the number was written (1,50 has 2); only a longer one needs the exact test (1,000000000 = 1).
        return v.Scale > decimals && Math.Round(v, decimals) != v
            ? new Problem(where, $"{label} paling banyak {decimals} angka di belakang koma.")
            : null;
    }
}
