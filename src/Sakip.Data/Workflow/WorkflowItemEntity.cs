using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Organisation;

namespace Sakip.Data.Workflow;

/// <summary>
/// Where one cycle object of a unit stands (Renstra, IKU, targets, PK, budget or a quarter's realisasi): draft, submitted,
/// approved or returned. No row means draft, never submitted. Each change is a <see cref="WorkflowStepEntity"/>.
/// </summary>
public sealed class WorkflowItemEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public UnitEntity Unit { get; set; } = null!;
    public CycleObject Kind { get; set; }
    public int Year { get; set; }

    /// <summary>The quarter of a realisasi; <see cref="Period.Annual"/> for every object of the whole year.</summary>
    public Period Period { get; set; } = Period.Annual;

    public ApprovalStatus Status { get; set; }

    /// <summary>How many times it has been approved; the approved content of each is kept in its step's snapshot.</summary>
    public int Revision { get; set; }

    /// <summary>The first submission, the one timeliness is scored on.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; set; }

    /// <summary>Whether the first submission came after the entry window closed.</summary>
    public bool Late { get; set; }

    public string? SubmittedById { get; set; }
    public string? SubmittedByName { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? DecidedById { get; set; }
    public string? DecidedByName { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The return note while it asks for a change, or the reason of the last unlock.</summary>
    public string? Note { get; set; }

    /// <summary>Goes up by one on every change; a decision made from an older page is refused.</summary>
    public int Version { get; set; } = 1;

    public List<WorkflowStepEntity> Steps { get; set; } = [];
}
