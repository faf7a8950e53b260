using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>One version of a unit's Perjanjian Kinerja, read-only; the print page (Cetak) shows the same data laid out for A4.</summary>
public sealed class VersiModel(SakipDb db) : PageModel
{
    public UnitRef Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public AgreementView Agreement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int tahun, int versi, CancellationToken ct)
    {
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, UnitAccess.Of(HttpContext), instansi, ct) is not { } unit
            || await AgreementQueries.LoadAsync(db, unit.Id, tahun, versi, ct) is not { } agreement)
        {
            return NotFound();
        }
        (Unit, Year, Agreement) = (unit, tahun, agreement);
        return Page();
    }
}
