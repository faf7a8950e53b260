using Sakip.Core.Problems;

namespace Sakip.Core.Fields;

/// <summary>Values that are possible but unlikely (warnings, saved once confirmed) or impossible (errors).</summary>
public static class Plausibility
{
    /// <summary>
    /// A target or realisation: negative is a warning (a growth rate can fall below zero); above 100 in a percentage
    /// unit is a warning, the usual trace of a thousands separator typed as a decimal one (<c>1.234,5</c>).
    /// </summary>
    public static IEnumerable<Problem> Measured(string where, decimal? value, string? unit, string label)
    {
        if (value < 0)
        {
            yield return Problem.Warning(where, $"{label} bernilai negatif; pastikan sudah benar (mis. pertumbuhan yang turun).");
        }
        if (value > 100 && IsPercent(unit))
        {
            yield return Problem.Warning(where,
                $"{label} lebih dari 100 untuk satuan persen; periksa pemisah ribuan dan desimal (ditulis 1.234,5 berarti seribu lebih).");
        }
    }

    /// <summary>A pembilang or penyebut counts something, so it cannot be negative.</summary>
    public static Problem? Component(string where, decimal? value, string label) =>
        value < 0 ? new Problem(where, $"{label} tidak boleh negatif.") : null;

    /// <summary>Pagu and realisasi anggaran cannot be negative; realisasi above pagu is possible (a revision not yet entered) but unlikely.</summary>
    public static IEnumerable<Problem> Budget(string ceilingWhere, decimal? ceiling, string spentWhere, decimal? spent)
    {
        if (ceiling < 0)
        {
            yield return new Problem(ceilingWhere, "Pagu tidak boleh negatif.");
        }
        if (spent < 0)
        {
            yield return new Problem(spentWhere, "Realisasi anggaran tidak boleh negatif.");
        }
        if (spent > ceiling && ceiling >= 0)
        {
            yield return Problem.Warning(spentWhere, "Realisasi anggaran melebihi pagu; pastikan sudah benar (mis. pagu perubahan belum dicatat).");
        }
    }

    /// <summary>True for a unit that means per cent: <c>%</c>, <c>persen</c>, <c>persentase</c>.</summary>
    public static bool IsPercent(string? unit) =>
        unit is not null && (unit.Contains('%', StringComparison.Ordinal) || unit.Trim().StartsWith("persen", StringComparison.OrdinalIgnoreCase));
}
