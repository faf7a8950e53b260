using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation.Skm;

/// <summary>
/// The recap of the SKM of every service of a year (LKjIP Tabel 3.18): each service's IKM and mutu, how many services
/// have an IKM above the threshold and their share, and the mean IKM.
/// </summary>
/// <param name="Above">Services whose IKM is strictly above <see cref="Threshold"/>.</param>
public sealed record SkmRecap(int Year, decimal Threshold, IReadOnlyList<SkmServiceScore> Services, int Above, Explained<decimal?> ShareAbove, Explained<decimal?> MeanIkm)
{
    /// <summary>The usual target: IKM above 80 (mutu B or better by the rounded value).</summary>
    public const decimal DefaultThreshold = 80m;

    /// <param name="units">The units the recap is limited to; null = every unit.</param>
    /// <remarks>
    /// "Above" is strict and compared on the IKM rounded to 2 decimals, as mutu is (PermenPAN-RB 14/2017 prints IKM with
    /// 2 decimals): an IKM printed 80,00 is not above 80, whatever its third decimal.
    /// </remarks>
    public static SkmRecap For(int year, IReadOnlyList<SkmResult> results, IReadOnlyList<SkmResponse> responses, Scale quality,
        decimal threshold = DefaultThreshold, IReadOnlyCollection<string>? units = null)
    {
        var services = results.Where(r => r.Year == year && (units is null || units.Contains(r.Unit)))
            .Select(r => SkmServiceScore.Of(r, responses, quality))
            .OrderBy(s => s.Unit, StringComparer.Ordinal).ThenBy(s => s.Service, StringComparer.Ordinal)
            .ToList();
        var scored = services.Where(s => s.Ikm.Value is not null).ToList();
        var above = scored.Count(s => IsAbove(s.Ikm.Value!.Value, threshold));
        var label = $"IKM di atas {RecapText.Number(threshold)}";
        var method = $"Persentase unit layanan dengan {label}";
        var share = scored.Count == 0
            ? Explained.None(method, "belum ada IKM")
            : Explained.Of((decimal)above / scored.Count * 100m, method, "{m} / {n} × 100",
                new NamedValue("m", above, $"Unit layanan dengan {label}"), new NamedValue("n", scored.Count, "Unit layanan dengan hasil SKM"));
        var total = Explained.Checked(() => scored.Sum(s => s.Ikm.Value!.Value));
        var mean = scored.Count == 0
            ? Explained.None("Rata-rata IKM", "belum ada IKM")
            : Explained.Compute(() => (total ?? throw new OverflowException()) / scored.Count, "Rata-rata IKM", "{Σ} / {n}",
                new NamedValue("Σ", total, "Jumlah IKM"), new NamedValue("n", scored.Count, "Unit layanan dengan hasil SKM"));
        return new SkmRecap(year, threshold, services, above, share, mean);
    }

    public static bool IsAbove(decimal ikm, decimal threshold) => Display.Round(ikm) > threshold;
}
