namespace Sakip.Core.Planning;

/// <summary>An element of the RPJMD/Renstra tree (rencana).</summary>
public sealed record PlanElement(
    string Code,
    string Unit,
    PlanElementKind Kind,
    string? Parent,
    string Statement,
    int? PeriodStart,
    int? PeriodEnd)
{
    public Origin? Origin { get; init; }

    /// <summary>The kind a parent of this element must have, or null for the root (visi).</summary>
    public static PlanElementKind? ExpectedParentKind(PlanElementKind kind) => kind switch
    {
        PlanElementKind.Vision => null,
        PlanElementKind.Mission => PlanElementKind.Vision,
        PlanElementKind.Goal => PlanElementKind.Mission,
        PlanElementKind.Objective => PlanElementKind.Goal,
    };
}
