using Microsoft.EntityFrameworkCore;
using Sakip.Core.Fields;
using Sakip.Core.Organisation;
using Sakip.Core.Workflow;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Data.Reporting;
using Sakip.Data.Workflow;
using Sakip.Reports.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Alur;

/// <summary>The timeliness record of a year over the caller's scope: the one load the page, its CSV and the API share.</summary>
internal static class KetepatanData
{
    /// <summary>Admin and Evaluator read the whole installation, a Pimpinan the units of their scope; nobody else.</summary>
    public static bool MayRead(HttpContext http) =>
        UnitAccess.Of(http).ScopePath is not null && (http.User.IsInRole(Roles.Admin) || http.User.IsInRole(Roles.Evaluator) || http.User.IsInRole(Roles.Leader));

    /// <summary>The year shown when none is asked for: the latest year with a schedule, else this year in the installation's zone.</summary>
    public static async Task<int> DefaultYearAsync(SakipDb db, DateTimeOffset now, CancellationToken ct)
    {
        var years = await Schedules.YearsAsync(db, ct);
        return years.Count > 0 ? years[0] : TimeZoneInfo.ConvertTime(now, await Schedules.ZoneAsync(db, ct)).Year;
    }

    /// <summary>
    /// The units that report are those in scope with an indicator of their own (a Renstra to account for), or with
    /// anything submitted or published for the year; the LKjIP counts as submitted when it is first published.
    /// </summary>
    public static async Task<TimelinessTable> LoadAsync(SakipDb db, string scope, int year, DateTimeOffset now, CancellationToken ct)
    {
        if (!YearRule.IsValid(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "Check the year before loading.");
        }
        var zone = await Schedules.ZoneAsync(db, ct);
        var schedules = (await Schedules.ForYearAsync(db, year, ct)).Select(s => new TimelinessTable.Scheduled(s.Kind, s.Period, s.Window)).ToList();
        var inScope = db.Units.Where(u => u.Path.StartsWith(scope));
        var inScopeIds = inScope.Select(u => u.Id);
        var items = await db.WorkflowItems.AsNoTracking().Where(i => i.Year == year && inScopeIds.Contains(i.UnitId))
            .Select(i => new { i.UnitId, i.Kind, i.Period, i.FirstSubmittedAt, i.Late }).ToListAsync(ct);
        var published = await db.PublishedReports.AsNoTracking()
            .Where(p => p.Year == year && p.Kind == PublishedReportKind.Lkjip && inScopeIds.Contains(p.UnitId))
            .Select(p => new { p.UnitId, p.PublishedAt }).ToListAsync(ct);
        var withIndicators = db.Indicators.Select(i => i.PlanElement.UnitId);
        var active = items.Select(i => i.UnitId).Concat(published.Select(p => p.UnitId)).Distinct().ToList();
        var units = await inScope.AsNoTracking().Where(u => withIndicators.Contains(u.Id) || active.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name, u.ShortName }).ToListAsync(ct);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);
        var submissions = items.Where(i => i.FirstSubmittedAt is not null && codes.ContainsKey(i.UnitId))
            .Select(i => new TimelinessTable.Submission(codes[i.UnitId], i.Kind, i.Period, i.FirstSubmittedAt!.Value, i.Late))
            .Concat(published.Where(p => codes.ContainsKey(p.UnitId))
                .Select(p => new TimelinessTable.Submission(codes[p.UnitId], CycleObject.Lkjip, Core.Measurement.Period.Annual, p.PublishedAt, false)));
        return TimelinessTable.For(year, units.Select(u => new TimelinessTable.Unit(u.Code, Unit.DisplayNameOf(u.Name, u.ShortName))), schedules, submissions, zone, now);
    }
}
