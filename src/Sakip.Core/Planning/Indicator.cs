namespace Sakip.Core.Planning;

/// <summary>A performance indicator (indikator tujuan/sasaran; IKU when <see cref="IsKey"/>).</summary>
/// <param name="EvidenceRequired">bukti_wajib: its realisations and target bases are not submitted without an evidence file.</param>
public sealed record Indicator(
    string Code,
    string PlanElement,
    string Name,
    string? Measure = null,
    Direction Direction = Direction.Increase,
    Aggregation Aggregation = Aggregation.Last,
    bool IsKey = false,
    string? Formula = null,
    string? Numerator = null,
    string? Denominator = null,
    string? DataSource = null,
    string? Responsible = null,
    int? Order = null,
    bool EvidenceRequired = false)
{
    public Origin? Origin { get; init; }
}
