namespace Sakip.Data.Reporting;

/// <summary>A kind of facility a unit holds in a year (sarana dan prasarana).</summary>
public sealed class FacilityEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public string Name { get; set; } = "";
    public decimal Quantity { get; set; }
    public string? Measure { get; set; }
    public string? Condition { get; set; }
    public string? Note { get; set; }
}
