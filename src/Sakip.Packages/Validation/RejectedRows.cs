using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;

namespace Sakip.Packages.Validation;

/// <summary>
/// Records whose row had a problem and so are left out of the dataset. Their codes still exist in the package, so a
/// reference to one is not reported as "tidak ditemukan" on top of the row's own problem.
/// </summary>
sealed record RejectedRows(List<Unit> Units, List<PlanElement> PlanElements, List<Indicator> Indicators, List<BudgetLine> BudgetLines, List<Agreement> Agreements)
{
    public static RejectedRows None => new([], [], [], [], []);
}
