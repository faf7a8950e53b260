using Sakip.Core.Measurement;
using Sakip.Core.Workflow;

namespace Sakip.Data.Workflow;

/// <summary>Which cycle object of which unit a record belongs to. Renstra and IKU are keyed by the unit alone (<see cref="AnyYear"/>).</summary>
public readonly record struct WorkflowKey(int UnitId, CycleObject Kind, int Year, Period Period)
{
    /// <summary>Renstra and IKU span the plan's years: a record of them is locked by any locked Renstra/IKU of its unit.</summary>
    public const int AnyYear = 0;

    public bool Matches(WorkflowItemEntity item) =>
        item.UnitId == UnitId && item.Kind == Kind && (Year == AnyYear || (item.Year == Year && item.Period == Period));
}
