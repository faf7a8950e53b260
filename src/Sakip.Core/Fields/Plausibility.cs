using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>Values that are possible but unlikely (warnings, saved once confirmed) or impossible (errors).</summary>
public static class Plausibility
{
    /// <summary>
    /// A target or realisation: negative is a warning (a growth rate can fall below zero); above 100 in a percentage
    /// unit is a warning, the usual trace of a thousands separator typed as a decimal one (<c>1.234,5</c>).
    /// </summary>
    /// <remarks>Returns the shared empty list when all is well: the package reader asks this of every row.</remarks>
    public static IReadOnlyList<Problem> Measured(string where, decimal? value, string? unit, string label)
    {
        var negative = value < 0;
        var overPercent = value > 100 && IsPercent(unit);
        if (!negative && !overPercent)
        {
            return [];
        }
        var problems = new List<Problem>(2);
        if (negative)
        {
            problems.Add(Problem.Warning(where, $"{label} bernilai negatif; pastikan sudah benar (mis. pertumbuhan yang turun)."));
        }
        if (overPercent)
        {
            problems.Add(Problem.Warning(where,
                $"{label} lebih dari 100 untuk satuan persen; periksa pemisah ribuan dan desimal (ditulis 1.234,5 berarti seribu lebih)."));
        }
        return problems;
    }

    /// <summary>A pembilang or penyebut counts something, so it cannot be negative.</summary>
    public static Problem? Component(string where, decimal? value, string label) =>
        value < 0 ? new Problem(where, $"{label} tidak boleh negatif.") : null;

    /// <summary>Pagu and realisasi anggaran cannot be negative; realisasi above pagu is possible (a revision not yet entered) but unlikely.</summary>
    public static IReadOnlyList<Problem> Budget(string ceilingWhere, decimal? ceiling, string spentWhere, decimal? spent)
    {
        var (negativeCeiling, negativeSpent, overCeiling) = (ceiling < 0, spent < 0, spent > ceiling && ceiling >= 0);
        if (!negativeCeiling && !negativeSpent && !overCeiling)
        {
            return [];
        }
        var problems = new List<Problem>(2);
        if (negativeCeiling)
        {
            problems.Add(new Problem(ceilingWhere, "Pagu tidak boleh negatif."));
        }
        if (negativeSpent)
        {
            problems.Add(new Problem(spentWhere, "Realisasi anggaran tidak boleh negatif."));
        }
        if (overCeiling)
        {
            problems.Add(Problem.Warning(spentWhere, "Realisasi anggaran melebihi pagu; pastikan sudah benar (mis. pagu perubahan belum dicatat)."));
        }
        return problems;
    }

    /// <summary>True for a unit that means per cent: <c>%</c>, <c>persen</c>, <c>persentase</c>.</summary>
    public static bool IsPercent(string? unit) =>
        unit is not null && (unit.Contains('%', StringComparison.Ordinal) || unit.Trim().StartsWith("persen", StringComparison.OrdinalIgnoreCase));
}
