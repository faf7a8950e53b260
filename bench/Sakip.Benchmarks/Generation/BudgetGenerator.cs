using Sakip.Core.Budget;

namespace Sakip.Benchmarks.Generation;

/// <summary>
/// A perangkat daerah's budget of the last year: one program serving its sasaran, two kegiatan, two sub kegiatan
/// each. Leaves carry the amounts; parents print the sums, as a DPA does.
/// </summary>
static class BudgetGenerator
{
    public static void Add(string agency, Random random, PackageLists lists)
    {
        var year = PackageShape.LastYear;
        var program = $"{agency}.{year}.P";
        var lines = new List<BudgetLine>();
        for (var k = 1; k <= 2; k++)
        {
            var activity = $"{program}.K{k}";
            var leaves = Enumerable.Range(1, 2).Select(s => Leaf(agency, year, activity, s, random)).ToList();
            lines.Add(Parent(activity, agency, year, BudgetLevel.Activity, program, $"Kegiatan {k}", leaves));
            lines.AddRange(leaves);
        }
        var activities = lines.Where(l => l.Level == BudgetLevel.Activity).ToList();
        var top = Parent(program, agency, year, BudgetLevel.Program, null, "Program penunjang urusan pemerintahan daerah", activities) with
        {
            PlanElement = $"{agency}.S",
            Indicator = $"{agency}.IS",
        };
        top = top with { PrintedPercent = Math.Round(top.Spent!.Value / top.Ceiling!.Value * 100m, 2, MidpointRounding.AwayFromZero) };
        lists.BudgetLines.Add(top);
        lists.BudgetLines.AddRange(lines);
    }

    static BudgetLine Leaf(string agency, int year, string activity, int number, Random random)
    {
        decimal ceiling = random.Next(100, 2000) * 1_000_000L;
        var spent = Math.Round(ceiling * Draw.Between(random, 0.7m, 1m), 0, MidpointRounding.AwayFromZero);
        return new BudgetLine($"{activity}.S{number}", agency, year, BudgetLevel.SubActivity, activity, $"Sub kegiatan {number}", ceiling, spent);
    }

    static BudgetLine Parent(string code, string agency, int year, BudgetLevel level, string? parent, string name, IReadOnlyList<BudgetLine> children) =>
        new(code, agency, year, level, parent, name, children.Sum(c => c.Ceiling), children.Sum(c => c.Spent));
}
