using Sakip.Core.Explaining;

namespace Sakip.Core.Budget;

/// <summary>Budget absorption, efficiency and the parent = sum of children rule.</summary>
public static class BudgetRules
{
    /// <remarks>Spec: penyerapan = realisasi / pagu × 100; no pagu or pagu 0 → no value.</remarks>
    public static Explained<decimal?> Absorption(decimal? ceiling, decimal? spent)
    {
        const string method = "Penyerapan anggaran = realisasi / pagu × 100";
        NamedValue[] inputs = [new("Rp", spent, "Realisasi anggaran"), new("Pagu", ceiling, "Pagu anggaran")];
        return (ceiling, spent) switch
        {
            (null or 0m, _) => Explained.None(method, "pagu belum diisi atau bernilai 0", inputs),
            (_, null) => Explained.None(method, "realisasi anggaran belum diisi", inputs),
            ({ } pagu, { } rp) => Explained.Compute(() => rp / pagu * 100m, method, "{Rp} / {Pagu} × 100", inputs),
        };
    }

    /// <summary>
    /// The annual realisasi of a line entered per triwulan: the sum of the quarters that are entered, else the annual
    /// figure as typed (no quarter entered means the line is reported only yearly).
    /// </summary>
    /// <remarks>A sum beyond the range of decimal (only from data stored before the amount limits) gives no value.</remarks>
    public static decimal? AnnualSpent(decimal? annual, IReadOnlyList<decimal?> quarters) =>
        quarters.Any(q => q is not null) ? Explained.Checked(() => quarters.Sum(q => q ?? 0m)) : annual;

    /// <remarks>Spec: efisiensi = capaian kinerja − penyerapan anggaran, in percentage points.</remarks>
    public static Explained<decimal?> Efficiency(decimal? capaian, decimal? absorption)
    {
        const string method = "Efisiensi = capaian kinerja − penyerapan anggaran (poin persen)";
        NamedValue[] inputs = [new("C", capaian, "Capaian kinerja"), new("S", absorption, "Penyerapan anggaran")];
        return (capaian, absorption) switch
        {
            ({ } c, { } s) => Explained.Compute(() => c - s, method, "{C} − {S}", inputs),
            (null, _) => Explained.None(method, "capaian kinerja belum ada", inputs),
            (_, null) => Explained.None(method, "penyerapan anggaran belum ada", inputs),
        };
    }

    /// <summary>
    /// The effective amounts of every line: a line with children takes the sum of its children's effective amounts
    /// (spec anggaran.csv), a leaf its own. Lines in a parent cycle (rejected by validation) keep their own amounts.
    /// </summary>
    /// <remarks>
    /// Keyed by unit, year and code: the lines may span several units and years, which reuse the same codes, and a
    /// parent is looked up in its child's own unit and year.
    /// </remarks>
    public static IReadOnlyDictionary<BudgetKey, BudgetAmounts> Rollup(IReadOnlyList<BudgetLine> lines)
    {
        var children = lines.Where(l => l.ParentKey is not null).ToLookup(l => l.ParentKey!.Value);
        var result = new Dictionary<BudgetKey, BudgetAmounts>();
        var visiting = new HashSet<BudgetKey>();
        foreach (var line in lines)
        {
            Effective(line, children, result, visiting);
        }
        return result;
    }

    static BudgetAmounts Effective(BudgetLine line, ILookup<BudgetKey, BudgetLine> children, Dictionary<BudgetKey, BudgetAmounts> done, HashSet<BudgetKey> visiting)
    {
        var key = line.Key;
        if (done.TryGetValue(key, out var known))
        {
            return known;
        }
        var kids = children[key].ToList();
        if (kids.Count == 0 || !visiting.Add(key))
        {
            return done[key] = Own(line);
        }
        var amounts = kids.Select(k => Effective(k, children, done, visiting)).ToList();
        visiting.Remove(key);
        return done[key] = new BudgetAmounts(
            line.Code,
            SumOf("Pagu", amounts.Select(a => (a.Code, a.Ceiling.Value)).ToList()),
            SumOf("Realisasi", amounts.Select(a => (a.Code, a.Spent.Value)).ToList()),
            HasChildren: true);
    }

    static BudgetAmounts Own(BudgetLine line) => new(
        line.Code,
        Explained.Given(line.Ceiling, "Pagu sesuai data", "Pagu"),
        Explained.Given(line.Spent, "Realisasi anggaran sesuai data", "Realisasi"),
        HasChildren: false);

    /// <remarks>A child without an amount leaves the parent's sum undefined, so a gap never reads as zero.</remarks>
    static Explained<decimal?> SumOf(string what, IReadOnlyList<(string Code, decimal? Value)> parts)
    {
        var method = $"{what} = jumlah {what.ToLowerInvariant()} rincian di bawahnya";
        var inputs = parts.Select((p, i) => new NamedValue($"A{i + 1}", p.Value, p.Code)).ToArray();
        if (parts.Any(p => p.Value is null))
        {
            return Explained.None(method, $"ada rincian yang {what.ToLowerInvariant()}-nya kosong", inputs);
        }
        var formula = string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}"));
        return Explained.Compute(() => parts.Sum(p => p.Value!.Value), method, formula, inputs);
    }
}
