namespace Sakip.Data.Planning;

/// <summary>
/// A Renstra revision (P-Renstra) of a unit: the plan as it stood, kept as a package snapshot so every earlier
/// version stays viewable while the current plan is edited.
/// </summary>
public sealed class PlanRevisionEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Number { get; set; }
    public string Reason { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>The unit's plan elements, indicators and targets at the time, as JSON.</summary>
    public string Snapshot { get; set; } = "";
}
