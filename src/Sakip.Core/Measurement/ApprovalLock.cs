using Sakip.Core.Planning;
using Sakip.Core.Problems;

namespace Sakip.Core.Measurement;

/// <summary>
/// Which approved realisations depend on an input, so an approved capaian cannot move by changing its target or the
/// indicator's definition instead of the locked realisation itself (design.md: approve locks).
/// </summary>
/// <remarks>
/// Only approved realisations lock their inputs (a submitted one can still be returned), and only for whom
/// <see cref="Approval.CanEdit"/> refuses: an Admin may still correct approved data, and so may change its inputs.
/// </remarks>
public static class ApprovalLock
{
    /// <summary>A realisation of the indicator: its year, period and approval state.</summary>
    public sealed record Realised(int Year, Period Period, ApprovalStatus Status);

    /// <summary>The periods of <paramref name="kind"/>'s year whose capaian that target feeds.</summary>
    /// <remarks>
    /// As <c>CapaianCalculator</c> resolves targets: a quarter uses its own Rencana Aksi target; the year uses the pk
    /// target and falls back on the Renstra target only while no pk target has a value; the baseline feeds none.
    /// </remarks>
    public static IReadOnlyList<Period> PeriodsFedBy(TargetKind kind, bool hasAgreementTarget) => kind switch
    {
        TargetKind.Baseline => [],
        TargetKind.Renstra => hasAgreementTarget ? [] : [Period.Annual],
        TargetKind.Agreement => [Period.Annual],
        TargetKind.Q1 => [Period.Q1],
        TargetKind.Q2 => [Period.Q2],
        TargetKind.Q3 => [Period.Q3],
        TargetKind.Q4 => [Period.Q4],
    };

    /// <summary>The problem with changing the <paramref name="kind"/> target of <paramref name="year"/>, or null when no locked capaian uses it.</summary>
    public static Problem? ForTarget(
        int year, TargetKind kind, bool hasAgreementTarget, IEnumerable<Realised> realisations, bool isAdmin, string field = "nilai")
    {
        var fed = PeriodsFedBy(kind, hasAgreementTarget);
        return Locked(realisations, isAdmin).FirstOrDefault(r => r.Year == year && fed.Contains(r.Period)) is { } locked
            ? new Problem(field, $"Target {KindLabel(kind)} tahun {year} tidak dapat diubah: realisasi {Name(locked)} sudah disetujui dan terkunci, "
                + "dan capaiannya dihitung dengan target ini. Minta verifikator mengembalikan realisasi itu lebih dahulu.")
            : null;
    }

    /// <summary>
    /// The problems with changing an indicator's definition from <paramref name="before"/> to <paramref name="after"/>:
    /// arah and the ratio (pembilang, penyebut, formula) feed every capaian; agregasi feeds the annual one.
    /// </summary>
    public static IReadOnlyList<Problem> ForDefinition(Indicator before, Indicator after, IEnumerable<Realised> realisations, bool isAdmin)
    {
        var locked = Locked(realisations, isAdmin).ToList();
        var problems = new List<Problem>();
        void Check(bool changed, string field, string label, Func<Realised, bool> feeds)
        {
            if (changed && locked.FirstOrDefault(feeds) is { } first)
            {
                problems.Add(new Problem(field, $"{label} indikator {before.Code} tidak dapat diubah: realisasi {Name(first)} sudah disetujui dan terkunci, "
                    + "dan capaiannya bergantung padanya. Minta verifikator mengembalikan realisasi itu lebih dahulu."));
            }
        }
        Check(before.Direction != after.Direction, "arah", "Arah", _ => true);
        Check(before.Aggregation != after.Aggregation, "agregasi", "Agregasi", r => r.Period == Period.Annual);
        Check(Differs(before.Numerator, after.Numerator), "pembilang", "Pembilang", _ => true);
        Check(Differs(before.Denominator, after.Denominator), "penyebut", "Penyebut", _ => true);
        Check(Differs(before.Formula, after.Formula), "formula", "Formula", _ => true);
        return problems;
    }

    /// <summary>The problem with changing the pembilang/penyebut of <paramref name="period"/>: it feeds that period and, through the agregasi, the year.</summary>
    public static Problem? ForComponent(int year, Period period, IEnumerable<Realised> realisations, bool isAdmin, string field = "pembilang") =>
        Locked(realisations, isAdmin).FirstOrDefault(r => r.Year == year && (r.Period == period || r.Period == Period.Annual)) is { } locked
            ? new Problem(field, $"Pembilang/penyebut {Periods.Label(period)} {year} tidak dapat diubah: realisasi {Name(locked)} sudah disetujui dan terkunci.")
            : null;

    static IEnumerable<Realised> Locked(IEnumerable<Realised> realisations, bool isAdmin) =>
        realisations.Where(r => r.Status == ApprovalStatus.Approved && !Approval.CanEdit(r.Status, isAdmin)).OrderBy(r => r.Year).ThenBy(r => r.Period);

    static string Name(Realised r) => $"{Periods.Label(r.Period)} {r.Year} ({Approval.Label(r.Status)})";

    static bool Differs(string? a, string? b) => !string.Equals(Normal(a), Normal(b), StringComparison.Ordinal);

    static string? Normal(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    static string KindLabel(TargetKind kind) => kind switch
    {
        TargetKind.Baseline => "kondisi awal",
        TargetKind.Renstra => "Renstra",
        TargetKind.Agreement => "PK",
        TargetKind.Q1 => "triwulan I",
        TargetKind.Q2 => "triwulan II",
        TargetKind.Q3 => "triwulan III",
        TargetKind.Q4 => "triwulan IV",
    };
}
