namespace Sakip.Core.Planning;

/// <summary>rencana.jenis. The tree runs sasaran → tujuan → misi → visi.</summary>
public enum PlanElementKind
{
    /// <summary>visi — the RPJMD vision.</summary>
    Vision,

    /// <summary>misi — a mission of the vision.</summary>
    Mission,

    /// <summary>tujuan — a Renstra goal.</summary>
    Goal,

    /// <summary>sasaran — a strategic objective under a goal.</summary>
    Objective,
}
