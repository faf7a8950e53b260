using Sakip.Core.Explaining;

namespace Sakip.Core.Capaian;

/// <summary>The realised value of a ratio indicator from its components (komponen.csv).</summary>
public static class RatioRule
{
    const string Method = "Realisasi = pembilang / penyebut × 100";

    /// <remarks>Spec komponen.csv: pembilang / penyebut × 100; a zero penyebut gives no value.</remarks>
    public static Explained<decimal?> Compute(decimal numerator, decimal denominator, string? numeratorName = null, string? denominatorName = null)
    {
        NamedValue[] inputs =
        [
            new("P", numerator, numeratorName ?? "Pembilang"),
            new("Q", denominator, denominatorName ?? "Penyebut"),
        ];
        return denominator == 0
            ? Explained.None(Method, "penyebut bernilai 0", inputs)
            : Explained.Compute((numerator, denominator), static s => s.numerator / s.denominator * 100m, Method, "{P} / {Q} × 100", inputs);
    }
}
