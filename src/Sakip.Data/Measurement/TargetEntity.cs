using Sakip.Core.Measurement;
using Sakip.Data.Planning;

namespace Sakip.Data.Measurement;

/// <summary>A target of an indicator for a year and kind (target).</summary>
public sealed class TargetEntity
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public IndicatorEntity Indicator { get; set; } = null!;
    public int Year { get; set; }
    public TargetKind Kind { get; set; }
    public decimal? Value { get; set; }
    public decimal? Max { get; set; }
    public string? Text { get; set; }

    /// <summary>Goes up by one on every change; an edit made from an older version is refused (<see cref="Concurrency.EditVersions"/>).</summary>
    public int Version { get; set; } = 1;

    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
