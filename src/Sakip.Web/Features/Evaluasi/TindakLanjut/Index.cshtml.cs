using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Core.Evaluation;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.TindakLanjut;

/// <summary>
/// The follow-up (tindak lanjut) of the recommendations of a unit's LHE year: each recommendation with its action plans,
/// evidence, status and the evaluator's verification; counts and a filter. Everyone in scope reads; the unit's Perencana
/// (or an Admin) writes actions, the Evaluator (or an Admin) verifies — on their own pages.
/// </summary>
public sealed class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    public View Follow { get; private set; } = null!;

    /// <param name="tahun">The LHE year of the recommendations; default the latest the unit has.</param>
    /// <param name="filter">semua, belum-selesai or menunggu-verifikasi.</param>
    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, string? filter, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var years = await FollowUpQueries.YearsAsync(db, unit.Id, ct);
        var units = await FollowUpQueries.UnitsAsync(db, access.ScopePath!, ct);
        // Without a unit named, an account whose own unit has no recommendations (the Evaluator's top unit) opens one that has.
        if (instansi is null && years.Count == 0 && units.Count > 0)
        {
            return Redirect(Link(units[0].Code, null));
        }
        var year = tahun ?? (years.Count > 0 ? years[0] : clock.GetLocalNow().Year);
        var all = await FollowUpQueries.ForYearAsync(db, unit.Id, year, DateOnly.FromDateTime(clock.GetLocalNow().Date), ct);
        var chosen = Filters.FirstOrDefault(f => f.Code == filter) ?? Filters[0];
        Follow = new View(unit, year, DataYears.Offered(years, year), all, [.. all.Where(chosen.Keeps)], chosen,
            access.CanEditPerformance(unit.Path), access.CanEvaluate, units);
        return Page();
    }

    public static string Link(string unit, int? year, string? filter = null) =>
        $"/Evaluasi/TindakLanjut?instansi={Uri.EscapeDataString(unit)}" + (year is { } y ? $"&tahun={y}" : "") + (filter is null or "semua" ? "" : "&filter=" + filter);

    public static readonly IReadOnlyList<Filter> Filters =
    [
        new("semua", "Semua", _ => true),
        new("belum-selesai", "Belum selesai", r => r.IsUnfinished),
        new("menunggu-verifikasi", "Menunggu verifikasi", r => r.AwaitsVerification),
    ];

    public sealed record Filter(string Code, string Label, Func<FollowUpQueries.RecommendationView, bool> Keeps);

    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, IReadOnlyList<FollowUpQueries.RecommendationView> All,
        IReadOnlyList<FollowUpQueries.RecommendationView> Shown, Filter Filter, bool CanEdit, bool CanVerify, IReadOnlyList<FollowUpQueries.UnitChoice> Units)
    {
        public int Count(FollowUpStatus? status) => All.Count(r => r.Status == status);

        public int Count(VerificationStatus verification) => All.Count(r => r.Verification == verification);

        public int Overdue => All.Sum(r => r.Actions.Count(a => a.Overdue));
    }
}
