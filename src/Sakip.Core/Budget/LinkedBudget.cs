using Sakip.Core.Explaining;

namespace Sakip.Core.Budget;

/// <summary>The budget that serves a sasaran or an indicator, for absorption and efficiency per sasaran/indicator.</summary>
public static class LinkedBudget
{
    /// <summary>
    /// Sums the effective amounts of the lines that match; a line whose ancestor also matches is left out so
    /// nothing is counted twice.
    /// </summary>
    public static (Explained<decimal?> Ceiling, Explained<decimal?> Spent) Sum(
        IReadOnlyList<BudgetLine> lines, IReadOnlyDictionary<string, BudgetAmounts> rollup, Func<BudgetLine, bool> serves)
    {
        var byCode = lines.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var matching = lines.Where(serves).ToList();
        var matched = matching.Select(l => l.Code).ToHashSet(StringComparer.Ordinal);
        var top = matching.Where(l => !HasMatchingAncestor(l, byCode, matched)).ToList();
        var amounts = top.Select(l => rollup[l.Code]).ToList();
        return (Total("pagu", amounts.Select(a => (a.Code, a.Ceiling.Value))), Total("realisasi", amounts.Select(a => (a.Code, a.Spent.Value))));
    }

    static bool HasMatchingAncestor(BudgetLine line, Dictionary<string, BudgetLine> byCode, HashSet<string> matched)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var parent = line.Parent; parent is not null && seen.Add(parent); parent = byCode.GetValueOrDefault(parent)?.Parent)
        {
            if (matched.Contains(parent))
            {
                return true;
            }
        }
        return false;
    }

    static Explained<decimal?> Total(string what, IEnumerable<(string Code, decimal? Value)> parts)
    {
        var list = parts.ToList();
        var method = $"Jumlah {what} program/kegiatan yang terkait";
        var inputs = list.Select((p, i) => new NamedValue($"A{i + 1}", p.Value, p.Code)).ToArray();
        if (list.Count == 0 || list.Any(p => p.Value is null))
        {
            return Explained.None(method, list.Count == 0 ? "tidak ada anggaran yang terkait" : $"ada {what} yang kosong", inputs);
        }
        return Explained.Compute(() => list.Sum(p => p.Value!.Value), method, string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}")), inputs);
    }
}
