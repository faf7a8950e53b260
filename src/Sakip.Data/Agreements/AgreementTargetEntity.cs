namespace Sakip.Data.Agreements;

/// <summary>An indicator and its target in a Perjanjian Kinerja.</summary>
public sealed class AgreementTargetEntity
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int IndicatorId { get; set; }
    public decimal? Value { get; set; }
    public decimal? Max { get; set; }
    public string? Text { get; set; }
}
