namespace Sakip.Benchmarks.Generation;

/// <summary>
/// The size of a generated national-scale package. Every regional government (pemda) has the same shape, so
/// the row counts follow from the number of pemda; <see cref="ForRealisations"/> picks that number.
/// </summary>
/// <remarks>
/// The full scale (500 pemda × 40 units × 25 indicators × 5 years × 5 periods) is about 12.5 M
/// realisation rows; the benchmark keeps 40 perangkat daerah per pemda and 2 indicators per perangkat daerah
/// (one for its tujuan, one for its sasaran) plus the pemda's own IKU, and scales the number of pemda instead.
/// </remarks>
sealed record PackageShape(int Pemda)
{
    public const int AgenciesPerPemda = 40;
    public const int IndicatorsPerAgency = 2;
    public const int PemdaIndicators = 5;
    public const int FirstYear = 2019;
    public const int Years = 5;
    public const int LastYear = FirstYear + Years - 1;

    /// <summary>Indicators per pemda: its IKU first, then two per perangkat daerah.</summary>
    public const int IndicatorsPerPemda = PemdaIndicators + AgenciesPerPemda * IndicatorsPerAgency;

    /// <summary>Every tenth indicator is a ratio with numerator/denominator rows in komponen.csv.</summary>
    public static bool IsRatio(int indicator) => indicator % 10 == 3;

    /// <summary>Every tenth indicator has no annual realisation, so its annual value is aggregated from the quarters.</summary>
    public static bool LacksAnnual(int indicator) => indicator % 10 == 5;

    public static int RealisationsPerPemda { get; } = Enumerable.Range(0, IndicatorsPerPemda)
        .Sum(i => Years * (LacksAnnual(i) ? 4 : 5));

    /// <summary>The smallest shape with at least <paramref name="rows"/> rows in realisasi.csv.</summary>
    public static PackageShape ForRealisations(long rows) => new((int)Math.Max(1, (rows + RealisationsPerPemda - 1) / RealisationsPerPemda));

    public long Realisations => (long)Pemda * RealisationsPerPemda;

    public int Indicators => Pemda * IndicatorsPerPemda;

    public override string ToString() =>
        $"{Pemda} pemda × {AgenciesPerPemda} perangkat daerah, {Indicators} indicators ({IndicatorsPerPemda} per pemda), "
        + $"{Years} years × tw1-4 + tahunan → {Realisations} realisation rows";
}
