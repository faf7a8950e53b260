using System.Globalization;
using Sakip.Core.Problems;

namespace Sakip.Core.Scales;

/// <summary>A named category scale: numeric bands without gaps or overlaps, or a qualitative label → number map.</summary>
public sealed class Scale
{
    Scale(string name, IReadOnlyList<Band> bands, bool isQualitative)
    {
        Name = name;
        Bands = bands;
        IsQualitative = isQualitative;
    }

    public string Name { get; }

    /// <summary>The bands in ascending order.</summary>
    public IReadOnlyList<Band> Bands { get; }

    /// <summary>
    /// A qualitative scale maps labels to numbers (<c>skala=opini_bpk, label=WTP, batas_atas=4</c>): every band
    /// has an open lower bound, which a banded scale allows only once.
    /// </summary>
    public bool IsQualitative { get; }

    /// <summary>Builds a scale, or returns null and the problems (gaps, overlaps, empty bands) found in its bands.</summary>
    public static Scale? Create(string name, IReadOnlyList<Band> bands, out IReadOnlyList<Problem> problems)
    {
        var found = new List<Problem>();
        problems = found;
        if (bands.Count == 0)
        {
            found.Add(new Problem(name, $"skala \"{name}\" tidak memiliki pita"));
            return null;
        }
        foreach (var duplicate in bands.GroupBy(b => b.Label, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            found.Add(new Problem(name, $"skala \"{name}\": label \"{duplicate.Key}\" muncul lebih dari sekali"));
        }
        var qualitative = bands.Count(b => b.Lower is null) > 1;
        if (qualitative)
        {
            CheckQualitative(name, bands, found);
        }
        else
        {
            CheckBands(name, bands, found);
        }
        return found.Count > 0
            ? null
            : new Scale(name, qualitative ? bands : [.. bands.OrderBy(b => b.Lower ?? decimal.MinValue)], qualitative);
    }

    /// <summary>The band a value falls in, or null when it is outside every band.</summary>
    public Band? Classify(decimal value) => IsQualitative ? null : Bands.FirstOrDefault(b => b.Contains(value));

    /// <summary>The number a qualitative label stands for (its upper bound), compared case-insensitively.</summary>
    public decimal? ValueOf(string label) =>
        IsQualitative ? Bands.FirstOrDefault(b => string.Equals(b.Label, label.Trim(), StringComparison.OrdinalIgnoreCase))?.Upper : null;

    static void CheckQualitative(string name, IReadOnlyList<Band> bands, List<Problem> found)
    {
        foreach (var band in bands.Where(b => b.Lower is not null || b.Upper is null))
        {
            found.Add(new Problem(name, $"skala kualitatif \"{name}\": label \"{band.Label}\" harus hanya mengisi batas_atas"));
        }
    }

    static void CheckBands(string name, IReadOnlyList<Band> bands, List<Problem> found)
    {
        foreach (var band in bands.Where(b => b.Lower is { } l && b.Upper is { } u && l >= u))
        {
            found.Add(new Problem(name, string.Create(CultureInfo.InvariantCulture,
                $"skala \"{name}\": pita \"{band.Label}\" kosong (batas_bawah {band.Lower} tidak lebih kecil dari batas_atas {band.Upper})")));
        }
        if (bands.Count(b => b.Upper is null) > 1)
        {
            found.Add(new Problem(name, $"skala \"{name}\": lebih dari satu pita tanpa batas_atas (tumpang tindih)"));
        }
        var ordered = bands.OrderBy(b => b.Lower ?? decimal.MinValue).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            CheckNeighbours(name, ordered[i - 1], ordered[i], found);
        }
    }

    static void CheckNeighbours(string name, Band below, Band above, List<Problem> found)
    {
        var lower = above.Lower!.Value;
        if (below.Upper is not { } upper || upper > lower || (upper == lower && above.LowerInclusive))
        {
            found.Add(new Problem(name, $"skala \"{name}\": pita \"{below.Label}\" dan \"{above.Label}\" tumpang tindih"));
        }
        else if (upper < lower)
        {
            found.Add(new Problem(name, string.Create(CultureInfo.InvariantCulture,
                $"skala \"{name}\": ada celah antara pita \"{below.Label}\" (sampai {upper}) dan \"{above.Label}\" (dari {lower})")));
        }
    }
}
