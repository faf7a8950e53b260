using Sakip.Core.Explaining;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>
/// The recap of another national assessment (<see cref="Assessment.Kind"/>) in a year: every unit's value or label,
/// highest value first, and — with a threshold — how many units have a value above it and their share.
/// </summary>
/// <param name="Above">Units whose value is strictly above <see cref="Threshold"/>; null without a threshold.</param>
public sealed record AssessmentRecap(string Kind, int Year, decimal? Threshold, IReadOnlyList<Assessment> Units, int? Above, Explained<decimal?> ShareAbove)
{
    /// <param name="units">The units the recap is limited to; null = every unit.</param>
    /// <remarks>The share counts only units with a value: a result given only as a label cannot be compared.</remarks>
    public static AssessmentRecap For(string kind, int year, IReadOnlyList<Assessment> assessments, decimal? threshold, IReadOnlyCollection<string>? units = null)
    {
        var rows = assessments.Where(a => a.Kind == kind && a.Year == year && (units is null || units.Contains(a.Unit)))
            .OrderByDescending(a => a.Value ?? decimal.MinValue).ThenBy(a => a.Unit, StringComparer.Ordinal).ToList();
        var valued = rows.Where(a => a.Value is not null).ToList();
        var method = $"Persentase instansi dengan {AssessmentKinds.Name(kind)} di atas {(threshold is { } t ? RecapText.Number(t) : "ambang")}";
        if (threshold is not { } limit)
        {
            return new AssessmentRecap(kind, year, null, rows, null, Explained.None(method, "ambang batas tidak ditentukan"));
        }
        var above = valued.Count(a => a.Value!.Value > limit);
        var share = valued.Count == 0
            ? Explained.None(method, "belum ada nilai")
            : Explained.Of((decimal)above / valued.Count * 100m, method, "{m} / {n} × 100",
                new NamedValue("m", above, "Instansi dengan nilai di atas ambang"), new NamedValue("n", valued.Count, "Instansi yang dinilai"));
        return new AssessmentRecap(kind, year, limit, rows, above, share);
    }
}
