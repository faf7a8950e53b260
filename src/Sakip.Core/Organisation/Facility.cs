namespace Sakip.Core.Organisation;

/// <summary>A kind of facility (sarana dan prasarana) a unit holds in a year (sarana.csv).</summary>
/// <param name="Quantity">How many; a quantity such as square metres is allowed, hence decimal.</param>
/// <param name="Measure">Satuan, e.g. "unit", "m²".</param>
/// <param name="Condition">Kondisi as recorded, e.g. "Baik".</param>
public sealed record Facility(
    string Unit,
    int Year,
    string Name,
    decimal Quantity,
    string? Measure = null,
    string? Condition = null,
    string? Note = null)
{
    public Origin? Origin { get; init; }
}
