using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>The entry window an Admin sets for one cycle object and period of a year (jadwal), for every unit.</summary>
public sealed class ScheduleEntity
{
    public int Id { get; set; }
    public CycleObject Kind { get; set; }
    public int Year { get; set; }
    public Period Period { get; set; } = Period.Annual;
    public DateOnly? OpensOn { get; set; }

    /// <summary>The last day of the window, inclusive (until 23.59 in the installation's time zone).</summary>
    public DateOnly ClosesOn { get; set; }

    public LatePolicy Policy { get; set; }
    public int Version { get; set; } = 1;

    public EntryWindow Window => new(OpensOn, ClosesOn, Policy);
}
