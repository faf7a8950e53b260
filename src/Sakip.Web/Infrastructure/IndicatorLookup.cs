using Microsoft.EntityFrameworkCore;
using Sakip.Data;

namespace Sakip.Web.Infrastructure;

/// <summary>Finds an indicator by code through the caller's scope: outside the scope it does not exist (404).</summary>
public static class IndicatorLookup
{
    public static async Task<IndicatorRef?> ResolveAsync(SakipDb db, UnitAccess access, string? code, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var found = await db.Indicators.AsNoTracking().Where(i => i.Code == code)
            .Select(i => new IndicatorRef(i.Id, i.Code, i.Name, i.Measure, i.Direction, i.Numerator, i.Denominator, i.Formula,
                new UnitRef(i.PlanElement.Unit.Id, i.PlanElement.Unit.Code, i.PlanElement.Unit.Name, i.PlanElement.Unit.ShortName, i.PlanElement.Unit.Path, i.PlanElement.Unit.DataVersion)))
            .FirstOrDefaultAsync(ct);
        return found is not null && access.CanRead(found.Unit.Path) ? found : null;
    }
}
