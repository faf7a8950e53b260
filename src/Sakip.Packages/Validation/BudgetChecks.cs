using Sakip.Core;
using Sakip.Core.Budget;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>anggaran.csv: codes, references, program → kegiatan → sub kegiatan, amounts on leaves.</summary>
static class BudgetChecks
{
    public static void Validate(
        Dataset data, IReadOnlySet<string> units, IReadOnlySet<string> plan, IReadOnlySet<string> indicators, IReadOnlySet<string> codes, List<Problem> problems)
    {
        var lines = data.BudgetLines;
        Located.Duplicates(lines, l => l.Code, l => l.Origin, "kode", k => $"kode anggaran \"{k}\"", problems);
        Located.References(lines, l => l.Unit, units, l => l.Origin, "instansi", "instansi", problems);
        Located.References(lines, l => l.Parent, codes, l => l.Origin, "induk", "anggaran induk", problems);
        Located.References(lines, l => l.PlanElement, plan, l => l.Origin, "rencana", "rencana", problems);
        Located.References(lines, l => l.Indicator, indicators, l => l.Origin, "indikator", "indikator", problems);
        Located.Cycles(lines, l => l.Code, l => l.Parent, l => l.Origin, problems);
        Levels(lines, problems);
        LeafAmounts(lines, problems);
    }

    static void Levels(IReadOnlyList<BudgetLine> lines, List<Problem> problems)
    {
        var levels = new Dictionary<string, BudgetLevel>(lines.Count, StringComparer.Ordinal);
        foreach (var line in lines)
        {
            levels.TryAdd(line.Code, line.Level);
        }
        foreach (var line in lines)
        {
            BudgetLevel? expected = line.Level switch
            {
                BudgetLevel.Program => null,
                BudgetLevel.Activity => BudgetLevel.Program,
                BudgetLevel.SubActivity => BudgetLevel.Activity,
            };
            if (line.Parent is null || !levels.TryGetValue(line.Parent, out var parentLevel))
            {
                continue;
            }
            if (expected is null || parentLevel != expected)
            {
                problems.Add(Located.At(line.Origin, "induk", expected is null
                    ? "program tidak boleh memiliki induk"
                    : $"induk dari {Codes.Of(line.Level)} harus {Codes.Of(expected.Value)}, bukan {Codes.Of(parentLevel)} \"{line.Parent}\""));
            }
        }
    }

    /// <remarks>A parent's amount may be left out (it is the sum of its children); a leaf must give its pagu.</remarks>
    static void LeafAmounts(IReadOnlyList<BudgetLine> lines, List<Problem> problems)
    {
        var parents = new HashSet<string>(lines.Where(l => l.Parent is not null).Select(l => l.Parent!), StringComparer.Ordinal);
        foreach (var line in lines.Where(l => l.Ceiling is null && !parents.Contains(l.Code)))
        {
            problems.Add(Located.At(line.Origin, "pagu", "wajib diisi (hanya baris induk yang boleh mengosongkan pagu)"));
        }
    }
}
