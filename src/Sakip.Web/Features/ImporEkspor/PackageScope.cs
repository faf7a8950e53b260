using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Data;
using Sakip.Data.Exchange;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.ImporEkspor;

/// <summary>Which records of a package would touch units outside the importer's scope.</summary>
static class PackageScope
{
    /// <summary>
    /// One message per unit, plan element or indicator that exists outside the scope, or a new top-level unit under a
    /// unit-scoped account. Units and indicators are those any list names (<see cref="ImportScope"/>), so a narrative,
    /// staff count, PK or comparison value cannot reach another unit's data even when the package does not list that unit.
    /// </summary>
    public static async Task<IReadOnlyList<string>> OutsideAsync(SakipDb db, Dataset data, UnitAccess access, CancellationToken ct)
    {
        if (access.ScopePath is not { } scope)
        {
            return ["akun Anda tidak memiliki cakupan instansi"];
        }
        var unitCodes = data.Units.Select(u => u.Code).ToList();
        var planCodes = data.PlanElements.Select(p => p.Code).ToList();
        var known = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).Select(u => u.Code).ToListAsync(ct);
        var plan = await db.PlanElements.AsNoTracking().Where(p => planCodes.Contains(p.Code)).Select(p => new { p.Code, p.Unit.Path }).ToListAsync(ct);
        var problems = new List<string>();
        problems.AddRange((await ImportScope.OutsideAsync(db, data, scope, ct)).Select(p => p.Message));
        problems.AddRange(data.Units.Where(u => !known.Contains(u.Code) && u.Parent is null && scope != "/")
            .Select(u => $"instansi baru {u.Code} tanpa induk berada di luar cakupan akun Anda"));
        problems.AddRange(plan.Where(p => !access.CanRead(p.Path)).Select(p => $"rencana {p.Code} milik instansi di luar cakupan akun Anda"));
        return problems;
    }
}
