using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Lke;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Data.Reporting;

namespace Sakip.Data.Evaluation;

/// <summary>
/// What Sakip holds for a unit and year that proves LKE criteria (<see cref="ProofKind"/>), each with the share found
/// and the reason in Bahasa Indonesia, so the worksheet can propose an answer (<see cref="LkeProposals"/>). A kind
/// with nothing to measure (no IKU, no sub-units, no earlier recommendations) has no fact and gets no proposal.
/// </summary>
public static class ProofGathering
{
    static readonly CultureInfo Id = CultureInfo.GetCultureInfo("id-ID");

    public static async Task<Dictionary<ProofKind, ProofFact>> GatherAsync(SakipDb db, int unitId, string unitCode, int year, CancellationToken ct)
    {
        var unit = Uri.EscapeDataString(unitCode);
        var facts = new Dictionary<ProofKind, ProofFact>();
        void Add(ProofKind kind, decimal share, string reason, string link) => facts[kind] = new ProofFact(kind, share, reason, link);
        // A share of nothing (no IKU, no budget line) proves nothing either way, so it proposes no answer.
        void AddShare(ProofKind kind, int part, int whole, string reason, string link)
        {
            if (whole > 0)
            {
                Add(kind, (decimal)part / whole, reason, link);
            }
        }

        var plan = await db.PlanElements.AsNoTracking().Where(p => p.UnitId == unitId && (p.Kind == PlanElementKind.Goal || p.Kind == PlanElementKind.Objective)
            && (p.PeriodStart == null || p.PeriodStart <= year) && (p.PeriodEnd == null || p.PeriodEnd >= year)).Select(p => p.Kind).ToListAsync(ct);
        var goals = plan.Count(k => k == PlanElementKind.Goal);
        Add(ProofKind.Renstra, plan.Count > 0 ? 1m : 0m, plan.Count > 0
            ? $"Renstra yang mencakup tahun {year} memuat {goals} tujuan dan {plan.Count - goals} sasaran"
            : $"belum ada Renstra yang mencakup tahun {year}", $"/Perencanaan?instansi={unit}");

        var indicators = db.Indicators.AsNoTracking().Where(i => i.PlanElement.UnitId == unitId);
        var indicatorCount = await indicators.CountAsync(ct);
        var targeted = await indicators.CountAsync(i => db.Targets.Any(t => t.IndicatorId == i.Id && t.Year == year && (t.Value != null || t.Text != null)), ct);
        AddShare(ProofKind.AnnualTargets, targeted, indicatorCount, $"{targeted} dari {indicatorCount} indikator memiliki target tahun {year}",
            $"/Perencanaan?instansi={unit}");

        var keys = await indicators.Where(i => i.IsKey).Select(i => i.Formula).ToListAsync(ct);
        var withFormula = keys.Count(f => !string.IsNullOrWhiteSpace(f));
        AddShare(ProofKind.IkuWithFormula, withFormula, keys.Count, $"{withFormula} dari {keys.Count} IKU memiliki formula", $"/Perencanaan?instansi={unit}");

        var budget = await db.BudgetLines.AsNoTracking().Where(b => b.UnitId == unitId && b.Year == year)
            .Select(b => b.PlanElementId != null || b.IndicatorId != null).ToListAsync(ct);
        var linked = budget.Count(l => l);
        AddShare(ProofKind.Budget, linked, budget.Count, $"{linked} dari {budget.Count} baris anggaran {year} dikaitkan dengan sasaran/indikator",
            $"/Anggaran?instansi={unit}&tahun={year}");

        var agreement = await db.Agreements.AsNoTracking().Where(a => a.UnitId == unitId && a.Year == year && a.IsCurrent)
            .Select(a => new { a.SignedOn }).FirstOrDefaultAsync(ct);
        Add(ProofKind.SignedAgreement, agreement?.SignedOn is null ? 0m : 1m,
            agreement?.SignedOn is { } on ? $"Perjanjian Kinerja {year} ditandatangani {on.ToString("d MMMM yyyy", Id)}"
            : agreement is not null ? $"Perjanjian Kinerja {year} belum bertanggal tanda tangan" : $"belum ada Perjanjian Kinerja {year}",
            $"/PerjanjianKinerja?instansi={unit}&tahun={year}");

        var children = await db.Units.AsNoTracking().Where(u => u.ParentId == unitId).Select(u => u.Id).ToListAsync(ct);
        var withAgreement = await db.Agreements.AsNoTracking().Where(a => children.Contains(a.UnitId) && a.Year == year && a.IsCurrent)
            .Select(a => a.UnitId).Distinct().CountAsync(ct);
        AddShare(ProofKind.SubUnitAgreements, withAgreement, children.Count,
            $"{withAgreement} dari {children.Count} unit di bawahnya memiliki Perjanjian Kinerja {year}", $"/PerjanjianKinerja?instansi={unit}&tahun={year}");

        var realisations = await db.Realisations.AsNoTracking().Where(r => r.Indicator.PlanElement.UnitId == unitId && r.Year == year)
            .Select(r => new { r.Period, Filled = r.Value != null || r.Text != null, r.Status }).ToListAsync(ct);
        var quarters = realisations.Count(r => r.Period != Period.Annual && r.Filled);
        AddShare(ProofKind.QuarterlyRealisation, quarters, indicatorCount * 4,
            $"{quarters} dari {indicatorCount * 4} realisasi triwulan ({indicatorCount} indikator × 4) telah diisi", $"/Pengukuran?instansi={unit}&tahun={year}");
        var approved = realisations.Count(r => r.Filled && r.Status == ApprovalStatus.Approved);
        var filled = realisations.Count(r => r.Filled);
        AddShare(ProofKind.ApprovedRealisation, approved, filled, $"{approved} dari {filled} realisasi {year} telah disetujui verifikator",
            $"/Pengukuran?instansi={unit}&tahun={year}");

        var published = await db.PublishedReports.AsNoTracking().AnyAsync(p => p.UnitId == unitId && p.Year == year && p.Kind == PublishedReportKind.Lkjip && p.WithdrawnAt == null, ct);
        Add(ProofKind.PublishedReport, published ? 1m : 0m, published ? $"LKjIP {year} telah dipublikasikan" : $"LKjIP {year} belum dipublikasikan",
            $"/Laporan?instansi={unit}&tahun={year}");

        var previous = await db.Recommendations.AsNoTracking().Where(r => r.UnitId == unitId && r.Year < year).Select(r => new { r.Year, r.Status }).ToListAsync(ct);
        var last = previous.Count > 0 ? previous.Max(r => r.Year) : year - 1;
        var ofLast = previous.Where(r => r.Year == last).ToList();
        var done = ofLast.Count(r => r.Status == FollowUpStatus.Done);
        AddShare(ProofKind.FollowUpDone, done, ofLast.Count, $"{done} dari {ofLast.Count} rekomendasi evaluasi {last} telah ditindaklanjuti (sudah)",
            $"/Evaluasi/TindakLanjut?instansi={unit}&tahun={last}");
        return facts;
    }
}
