namespace Sakip.Core.Budget;

/// <summary>Realisasi anggaran per quarter (triwulan I–IV), each in rupiah and for that quarter alone; no value is not zero.</summary>
public sealed record QuarterAmounts(decimal? Q1, decimal? Q2, decimal? Q3, decimal? Q4)
{
    public decimal? this[int quarter] => quarter switch
    {
        1 => Q1,
        2 => Q2,
        3 => Q3,
        4 => Q4,
        _ => throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4."),
    };
}
