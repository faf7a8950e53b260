using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.ImporEkspor;

/// <summary>Which records of a package would touch units outside the importer's scope.</summary>
static class PackageScope
{
    /// <summary>One message per unit, plan element or indicator that exists outside the scope, or a new top-level unit under a unit-scoped account.</summary>
    public static async Task<IReadOnlyList<string>> OutsideAsync(SakipDb db, Dataset data, UnitAccess access, CancellationToken ct)
    {
        var unitCodes = data.Units.Select(u => u.Code).ToList();
        var planCodes = data.PlanElements.Select(p => p.Code).ToList();
        var indicatorCodes = data.Indicators.Select(i => i.Code).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitCodes.Contains(u.Code)).Select(u => new { u.Code, u.Path }).ToListAsync(ct);
        var plan = await db.PlanElements.AsNoTracking().Where(p => planCodes.Contains(p.Code)).Select(p => new { p.Code, p.Unit.Path }).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().Where(i => indicatorCodes.Contains(i.Code))
            .Select(i => new { i.Code, i.PlanElement.Unit.Path }).ToListAsync(ct);
        var known = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        problems.AddRange(units.Where(u => !access.CanRead(u.Path)).Select(u => $"instansi {u.Code} berada di luar cakupan akun Anda"));
        problems.AddRange(data.Units.Where(u => !known.Contains(u.Code) && u.Parent is null && access.ScopePath != "/")
            .Select(u => $"instansi baru {u.Code} tanpa induk berada di luar cakupan akun Anda"));
        problems.AddRange(plan.Where(p => !access.CanRead(p.Path)).Select(p => $"rencana {p.Code} milik instansi di luar cakupan akun Anda"));
        problems.AddRange(indicators.Where(i => !access.CanRead(i.Path)).Select(i => $"indikator {i.Code} milik instansi di luar cakupan akun Anda"));
        return problems;
    }
}
