using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Data;
using Sakip.Web.Features.Evaluasi.Rekap;
using Sakip.Web.Infrastructure;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi;

/// <summary>
/// Where the Evaluasi menu lands. An Evaluator or Admin sees the installation-wide recap of the latest year with
/// scores; everyone else (or anyone who names a unit) sees a unit: its scores of the last years with their change, the
/// final score and grade, the way to the worksheet and the follow-up, and its recommendations counted by status.
/// </summary>
public sealed class IndexModel(SakipDb db) : PageModel
{
    public RankingView? Installation { get; private set; }

    public UnitView? Unit { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? instansi, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (access.ScopePath is not { } scope)
        {
            return NotFound();
        }
        if (instansi is null && scope == "/")
        {
            var source = await RecapData.LoadAsync(db, scope, ct);
            if (source.ScoreYears is [var latest, ..])
            {
                Installation = new RankingView(EvaluationRanking.For(latest, source.Data.Evaluations, source.Data.ScaleSet().SakipGrade), source, null);
                return Page();
            }
        }
        if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var own = await RecapData.LoadAsync(db, unit.Path, ct);
        var history = UnitEvaluationHistory.For(unit.Code, own.Data.Evaluations, own.Data.ScaleSet().SakipGrade);
        var recommendations = await db.Recommendations.AsNoTracking().Where(r => r.UnitId == unit.Id)
            .GroupBy(r => new { r.Year, r.Status }).Select(g => new { g.Key.Year, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var lastYear = recommendations.Count == 0 ? (int?)null : recommendations.Max(r => r.Year);
        var counts = recommendations.Where(r => r.Year == lastYear).Select(r => (r.Status, r.Count)).ToList();
        Unit = new UnitView(unit, history, lastYear, counts, history.Years.Count > 0 ? history.Years[^1] : lastYear);
        return Page();
    }

    /// <param name="LinkYear">The year the worksheet and follow-up links open: the last year with scores.</param>
    public sealed record UnitView(UnitRef Unit, UnitEvaluationHistory History, int? RecommendationYear, IReadOnlyList<(FollowUpStatus? Status, int Count)> Recommendations, int? LinkYear)
    {
        public int Count(FollowUpStatus? status) => Recommendations.Where(r => r.Status == status).Sum(r => r.Count);
    }
}
