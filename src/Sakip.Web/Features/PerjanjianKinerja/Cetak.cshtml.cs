using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>The PK as the document that is signed: a plain page laid out for printing (A4), no navigation.</summary>
public sealed class CetakModel(SakipDb db) : PageModel
{
    public UnitRef Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public AgreementView Agreement { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, int tahun, int versi, CancellationToken ct)
    {
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(HttpContext), instansi, ct) is not { } unit
            || await AgreementQueries.LoadAsync(db, unit.Id, tahun, versi, ct) is not { } agreement)
        {
            return NotFound();
        }
        (Unit, Year, Agreement) = (unit, tahun, agreement);
        return Page();
    }
}
