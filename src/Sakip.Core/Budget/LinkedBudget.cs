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
        IReadOnlyList<BudgetLine> lines, IReadOnlyDictionary<BudgetKey, BudgetAmounts> rollup, Func<BudgetLine, bool> serves)
    {
        // A repeated key (refused on import) keeps its first line rather than failing the page or the report.
        var byKey = lines.DistinctBy(l => l.Key).ToDictionary(l => l.Key);
        var matching = lines.Where(serves).ToList();
        var matched = matching.Select(l => l.Key).ToHashSet();
        var top = matching.Where(l => !HasMatchingAncestor(l, byKey, matched)).ToList();
        var amounts = top.Select(l => rollup[l.Key]).ToList();
        return (Total("pagu", amounts.Select(a => (a.Code, a.Ceiling.Value))), Total("realisasi", amounts.Select(a => (a.Code, a.Spent.Value))));
    }

    static bool HasMatchingAncestor(BudgetLine line, Dictionary<BudgetKey, BudgetLine> byKey, HashSet<BudgetKey> matched)
    {
        var seen = new HashSet<BudgetKey>();
        for (var parent = line.ParentKey; parent is { } key && seen.Add(key); parent = byKey.GetValueOrDefault(key)?.ParentKey)
        {
            if (matched.Contains(key))
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
