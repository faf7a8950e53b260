using Sakip.Core.Measurement;

namespace Sakip.Core.Workflow.Schedules;

/// <summary>A window <see cref="DefaultSchedules"/> proposes for one object and period, with the reason for its dates.</summary>
/// <param name="Basis">Why these dates, in Bahasa Indonesia, shown beside the proposal.</param>
public sealed record ProposedWindow(CycleObject Kind, Period Period, EntryWindow Window, string Basis);
