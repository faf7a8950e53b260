using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>The installation's workflow settings (one row): time zone and when reminders and escalations go out.</summary>
public sealed class WorkflowSettingsEntity
{
    public int Id { get; set; }

    /// <summary>WIB, WITA or WIT (<see cref="IndonesianTimeZones"/>).</summary>
    public string TimeZone { get; set; } = IndonesianTimeZones.Default;

    /// <summary>Days before a deadline the unit's Perencana is reminded.</summary>
    public int RemindDaysBefore { get; set; } = 7;

    /// <summary>Days after a missed deadline the unit's Pimpinan is told.</summary>
    public int EscalateDaysAfter { get; set; } = 3;

    public int Version { get; set; } = 1;
}
