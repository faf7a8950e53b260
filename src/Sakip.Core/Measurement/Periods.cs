namespace Sakip.Core.Measurement;

/// <summary>The quarters of a year and how they relate to target kinds.</summary>
public static class Periods
{
    public static readonly IReadOnlyList<Period> Quarters = [Period.Q1, Period.Q2, Period.Q3, Period.Q4];

    public static readonly IReadOnlyList<Period> All = [Period.Q1, Period.Q2, Period.Q3, Period.Q4, Period.Annual];

    /// <summary>The target kind that holds a quarter's target, or null for the annual period.</summary>
    public static TargetKind? QuarterTarget(Period period) => period switch
    {
        Period.Q1 => TargetKind.Q1,
        Period.Q2 => TargetKind.Q2,
        Period.Q3 => TargetKind.Q3,
        Period.Q4 => TargetKind.Q4,
        Period.Annual => null,
    };

    public static string Label(Period period) => period switch
    {
        Period.Q1 => "Triwulan I",
        Period.Q2 => "Triwulan II",
        Period.Q3 => "Triwulan III",
        Period.Q4 => "Triwulan IV",
        Period.Annual => "Tahunan",
    };
}
