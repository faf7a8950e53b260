using Sakip.Core.Measurement;

namespace Sakip.Core.Capaian;

/// <summary>
/// The names a result gives its target and its realisation (<c>Target PK 2021</c>, <c>Realisasi Triwulan I 2021 sesuai
/// data</c>), made once per year: a national package asks for the same few texts a million times.
/// </summary>
/// <remarks>Years are known when the calculator is built; any other year is named on the fly. Read-only once built.</remarks>
sealed class PeriodLabels
{
    const int QuarterTargets = 5;
    const int AgreementTarget = 9;
    const int RenstraTarget = 10;

    readonly Dictionary<int, string[]> byYear;

    public PeriodLabels(IEnumerable<int> years) => byYear = years.Distinct().ToDictionary(year => year, Make);

    /// <summary>The realisation of a period as given (or computed from its components).</summary>
    public string Realisation(Period period, int year) => Of(year)[(int)period];

    /// <summary>The target of a quarter (tw1..tw4).</summary>
    public string QuarterTarget(Period period, int year) => Of(year)[QuarterTargets + (int)period];

    public string Agreement(int year) => Of(year)[AgreementTarget];

    public string Renstra(int year) => Of(year)[RenstraTarget];

    string[] Of(int year) => byYear.TryGetValue(year, out var labels) ? labels : Make(year);

    static string[] Make(int year) =>
    [
        .. Periods.All.Select(period => $"Realisasi {Periods.Label(period)} {year} sesuai data"),
        .. Periods.Quarters.Select(quarter => $"Target {Periods.Label(quarter)} {year}"),
        $"Target PK {year}",
        $"Target Renstra {year}",
    ];
}
