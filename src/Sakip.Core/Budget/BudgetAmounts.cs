using Sakip.Core.Explaining;

namespace Sakip.Core.Budget;

/// <summary>The effective pagu and realisasi of a budget line: its own amounts, or the sum of its children's.</summary>
public sealed record BudgetAmounts(string Code, Explained<decimal?> Ceiling, Explained<decimal?> Spent, bool HasChildren)
{
    public Explained<decimal?> Absorption => BudgetRules.Absorption(Ceiling.Value, Spent.Value);
}
