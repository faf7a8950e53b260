using Sakip.Core.Measurement;
using Sakip.Data.Planning;

namespace Sakip.Data.Measurement;

/// <summary>A realised value of an indicator for a quarter or year, with its analysis and approval state.</summary>
public sealed class RealisationEntity
{
    public int Id { get; set; }
    public int IndicatorId { get; set; }
    public IndicatorEntity Indicator { get; set; } = null!;
    public int Year { get; set; }
    public Period Period { get; set; }
    public decimal? Value { get; set; }
    public string? Text { get; set; }
    public decimal? PrintedCapaian { get; set; }
    public string? Note { get; set; }

    /// <summary>Faktor pendukung.</summary>
    public string? SupportingFactors { get; set; }

    /// <summary>Faktor penghambat.</summary>
    public string? InhibitingFactors { get; set; }

    /// <summary>Solusi / langkah antisipasi.</summary>
    public string? Solutions { get; set; }

    public ApprovalStatus Status { get; set; }
    public string? ReviewNote { get; set; }

    /// <summary>Incremented on every change; earlier values are kept in <see cref="RealisationHistoryEntity"/>.</summary>
    public int Version { get; set; } = 1;

    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
