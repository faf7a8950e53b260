namespace Sakip.Core.Budget;

/// <summary>
/// What identifies a budget line: Kepmendagri codes repeat every year and in every unit, so a code alone is unique
/// only within one unit's budget of one year (as the database keys anggaran).
/// </summary>
public readonly record struct BudgetKey(string Unit, int Year, string Code);
