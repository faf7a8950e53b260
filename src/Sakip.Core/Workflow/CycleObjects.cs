using Sakip.Core.Measurement;

namespace Sakip.Core.Workflow;

/// <summary>Names, URL codes and period rules of the <see cref="CycleObject"/>s.</summary>
public static class CycleObjects
{
    /// <summary>The objects that are submitted and approved (the LKjIP is only scheduled).</summary>
    public static readonly IReadOnlyList<CycleObject> Approvable =
        [CycleObject.Renstra, CycleObject.Iku, CycleObject.Targets, CycleObject.Agreement, CycleObject.Budget, CycleObject.Realisation];

    public static string Label(CycleObject o) => o switch
    {
        CycleObject.Renstra => "Renstra",
        CycleObject.Iku => "IKU",
        CycleObject.Targets => "Target tahunan dan triwulan",
        CycleObject.Agreement => "Perjanjian Kinerja",
        CycleObject.Budget => "Anggaran",
        CycleObject.Realisation => "Realisasi",
        CycleObject.Lkjip => "LKjIP",
    };

    /// <summary>The code in URLs, the API and CSV files.</summary>
    public static string Code(CycleObject o) => o switch
    {
        CycleObject.Renstra => "renstra",
        CycleObject.Iku => "iku",
        CycleObject.Targets => "target",
        CycleObject.Agreement => "pk",
        CycleObject.Budget => "anggaran",
        CycleObject.Realisation => "realisasi",
        CycleObject.Lkjip => "lkjip",
    };

    public static CycleObject? Parse(string? code) =>
        Enum.GetValues<CycleObject>().Cast<CycleObject?>().FirstOrDefault(o => string.Equals(Code(o!.Value), code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Only realisasi is per quarter; every other object is of the whole year (<see cref="Period.Annual"/>).</summary>
    public static bool IsQuarterly(CycleObject o) => o == CycleObject.Realisation;

    /// <summary>The period an object of <paramref name="o"/> is keyed by, or null when <paramref name="period"/> does not fit it.</summary>
    public static Period? PeriodOf(CycleObject o, Period period) => IsQuarterly(o) || period == Period.Annual ? period : null;

    /// <summary>"Realisasi triwulan II 2021", "Perjanjian Kinerja 2021".</summary>
    public static string Name(CycleObject o, int year, Period period) =>
        IsQuarterly(o) && period != Period.Annual ? $"{Label(o)} {Periods.Label(period)} {year}" : $"{Label(o)} {year}";
}
