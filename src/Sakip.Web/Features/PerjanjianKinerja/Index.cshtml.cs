using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>The Perjanjian Kinerja in force for a unit and year, and the list of all its versions.</summary>
public sealed class IndexModel(SakipDb db, TimeProvider clock) : PageModel
{
    public View Screen { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        var year = tahun ?? await AgreementQueries.DefaultYearAsync(db, unit.Id, clock.GetLocalNow().Year, ct);
        var years = await AgreementQueries.YearsAsync(db, unit.Id, ct);
        Screen = new View(unit, year, years.Contains(year) ? years : [.. years.Append(year).OrderDescending()],
            await AgreementQueries.LoadAsync(db, unit.Id, year, null, ct), await AgreementQueries.VersionsAsync(db, unit.Id, year, ct),
            access.CanEditPerformance(unit.Path), await UnitLookup.ChildrenAsync(db, unit.Id, ct));
        return Page();
    }

    public sealed record View(
        UnitRef Unit, int Year, IReadOnlyList<int> Years, AgreementView? Current, IReadOnlyList<AgreementQueries.VersionRow> Versions,
        bool CanEdit, IReadOnlyList<UnitRef> Children);
}
