namespace Sakip.Data.Evaluation;

/// <summary>One band of a custom scale (skala); the built-in scales live in Core.</summary>
public sealed class ScaleBandEntity
{
    public int Id { get; set; }
    public string Scale { get; set; } = "";
    public int Order { get; set; }
    public string Label { get; set; } = "";
    public decimal? Lower { get; set; }
    public decimal? Upper { get; set; }
}
