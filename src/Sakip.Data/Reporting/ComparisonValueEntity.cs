namespace Sakip.Data.Reporting;

/// <summary>A value an indicator's realisation is compared with in a year (pembanding), with its source.</summary>
public sealed class ComparisonValueEntity
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public int Year { get; set; }
    public decimal Value { get; set; }
    public string Source { get; set; } = "";
}
