using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>The Perjanjian Kinerja in force for a unit and year, the list of all its versions, and the PKs of the units below it.</summary>
public sealed class IndexModel(SakipDb db, UnitResultCache cache, TimeProvider clock) : PageModel
{
    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetLocalNow(), ct);
        var years = await AgreementQueries.YearsAsync(db, unit.Id, ct);
        var current = await AgreementQueries.LoadAsync(db, unit.Id, year, null, ct);
        Screen = new View(unit, year, DataYears.Offered(years, year),
            current, await AgreementQueries.VersionsAsync(db, unit.Id, year, ct),
            access.CanEditPerformance(unit.Path), await ChildRowsAsync(access, unit, year, current is not null, ct));
        return Page();
    }

    /// <summary>Each unit below with its current PK for the year; what it serves of this unit's plan only once this unit has a PK to follow.</summary>
    async Task<List<ChildRow>> ChildRowsAsync(UnitAccess access, UnitRef unit, int year, bool hasAgreement, CancellationToken ct)
    {
        var children = await UnitLookup.ChildrenAsync(db, unit.Id, ct);
        if (children.Count == 0)
        {
            return [];
        }
        var ids = children.ConvertAll(c => c.Id);
        var agreements = await AgreementCascade.CurrentOfAsync(db, ids, year, ct);
        var supported = hasAgreement ? await AgreementCascade.SupportedAsync(db, unit.Id, ids, ct) : null;
        return children.ConvertAll(c => new ChildRow(c, agreements.GetValueOrDefault(c.Id), [.. supported?[c.Id] ?? []], access.CanEditPerformance(c.Path)));
    }

    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, AgreementView? Current, IReadOnlyList<AgreementQueries.VersionRow> Versions,
        bool CanEdit, IReadOnlyList<ChildRow> Children);

    /// <param name="Current">The unit's PK in force for the year; null when it has none yet.</param>
    /// <param name="Supports">The elements of the parent's plan its indicators serve (empty while the parent has no PK that year).</param>
    public sealed record ChildRow(UnitRef Unit, AgreementCascade.CurrentSummary? Current, IReadOnlyList<AgreementCascade.Supported> Supports, bool CanEdit);
}
