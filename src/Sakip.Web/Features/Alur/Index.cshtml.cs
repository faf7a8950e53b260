using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Alur;

/// <summary>
/// The status of every cycle object of a year for a unit and the units below it, one row per unit: where a verifier
/// sees what is pending below before approving the unit above, and a planner what is still to submit.
/// </summary>
public sealed class IndexModel(SakipDb db, UnitResultCache cache, TimeProvider clock) : PageModel
{
    /// <summary>The most units shown; deeper trees are reached by opening a unit below.</summary>
    const int MaxUnits = 300;

    public UnitRef Unit { get; private set; } = null!;

    public int Year { get; private set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyList<(UnitRef Unit, int Depth)> Units { get; private set; } = [];

    public IReadOnlyDictionary<(int Unit, CycleObject Kind, Period Period), ApprovalStatus> Statuses { get; private set; } =
        new Dictionary<(int, CycleObject, Period), ApprovalStatus>();

    public async Task<IActionResult> OnGetAsync(string? instansi, int? tahun, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        if (await UnitLookup.ResolveAsync(db, access, instansi, ct) is not { } unit)
        {
            return NotFound();
        }
        Unit = unit;
        if (!DataYears.IsPlausible(tahun))
        {
            return NotFound();
        }
        Year = tahun ?? await DataYears.DefaultAsync(db, cache, unit, access, clock.GetUtcNow(), ct);
        Years = DataYears.Offered(Enumerable.Range(Year - 3, 6), Year);
        var units = await db.Units.AsNoTracking().Where(u => u.Path.StartsWith(unit.Path)).OrderBy(u => u.Path.Length).ThenBy(u => u.Id).Take(MaxUnits)
            .Select(u => new UnitRef(u.Id, u.Code, u.Name, u.ShortName, u.Path, u.DataVersion)).ToListAsync(ct);
        Units = [.. Ordered(units, unit)];
        var ids = units.Select(u => u.Id).ToList();
        var year = Year;
        var items = await db.WorkflowItems.AsNoTracking()
            .Where(i => ids.Contains(i.UnitId) && (i.Year == year || i.Kind == CycleObject.Renstra || i.Kind == CycleObject.Iku))
            .OrderBy(i => i.Year).Select(i => new { i.UnitId, i.Kind, i.Period, i.Status }).ToListAsync(ct);
        // Renstra and IKU span years: the latest one stands.
        Statuses = items.GroupBy(i => (i.UnitId, i.Kind, i.Period)).ToDictionary(g => g.Key, g => g.Last().Status);
        return Page();
    }

    /// <summary>Depth-first, each unit followed by the units below it, so the table reads as the tree.</summary>
    static IEnumerable<(UnitRef, int)> Ordered(List<UnitRef> units, UnitRef root)
    {
        var children = units.ToLookup(u => ParentPath(u.Path));
        IEnumerable<(UnitRef, int)> Walk(UnitRef unit, int depth) =>
            new[] { (unit, depth) }.Concat(children[unit.Path].SelectMany(c => Walk(c, depth + 1)));
        return Walk(root, 0);
    }

    static string ParentPath(string path)
    {
        var trimmed = path.TrimEnd('/');
        return trimmed.Length == 0 ? "" : trimmed[..(trimmed.LastIndexOf('/') + 1)];
    }
}
