using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Alur;

/// <summary>
/// Each person's inbox (kotak masuk): what waits for their verification, what was returned to them, and what is due
/// for their unit, overdue first. The navigation bar shows its count.
/// </summary>
public sealed class Inbox(SakipDb db, IMemoryCache cache, TimeProvider clock)
{
    /// <summary>One line of the inbox.</summary>
    public sealed record Line(
        string UnitCode, string UnitName, CycleObject Kind, int Year, Period Period, ApprovalStatus? Status, DateTimeOffset? Since, string? Who,
        string? Note, DateOnly? ClosesOn, bool Overdue)
    {
        public string Name => CycleObjects.Name(Kind, Year, Period);

        public string Address => ObjectAddress.Of(UnitCode, Kind, Year, Period);
    }

    public sealed record Contents(IReadOnlyList<Line> ToVerify, IReadOnlyList<Line> Returned, IReadOnlyList<Line> Due, TimeZoneInfo Zone)
    {
        public int Count => ToVerify.Count + Returned.Count + Due.Count(d => d.Overdue);
    }

    /// <summary>How long the navigation count may lag behind (it is read on every page).</summary>
    static readonly TimeSpan CountLifetime = TimeSpan.FromSeconds(30);

    /// <summary>The most lines of each list; the rest is reached from the overview.</summary>
    const int MaxLines = 200;

    public async Task<int> CountAsync(UnitAccess access, CancellationToken ct)
    {
        if (access.UserId is not { } user)
        {
            return 0;
        }
        return await cache.GetOrCreateAsync($"kotak:{Generation}:{user}", async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CountLifetime;
            return (await ReadAsync(access, ct)).Count;
        });
    }

    /// <summary>
    /// Moves on after every workflow step on this instance, so every cached count (the submitter's, the verifiers'
    /// above, …) is read again on the next page; another instance's counts catch up within <see cref="CountLifetime"/>.
    /// </summary>
    static long generation;

    static long Generation => Interlocked.Read(ref generation);

    /// <summary>Called after a workflow step: every person's count is read again.</summary>
    public static void Changed() => Interlocked.Increment(ref generation);

    public async Task<Contents> ReadAsync(UnitAccess access, CancellationToken ct)
    {
        var zone = await Data.Workflow.Schedules.ZoneAsync(db, ct);
        if (access.ScopePath is not { } scope)
        {
            return new([], [], [], zone);
        }
        var verify = await ToVerifyAsync(access, scope, ct);
        var returned = access.CanEditPerformance(scope) || access.IsAdmin ? await ReturnedAsync(scope, ct) : [];
        var due = access.OwnUnitPath is { } own && access.CanEditPerformance(own) ? await DueAsync(own, zone, ct) : [];
        return new(verify, returned, due, zone);
    }

    /// <summary>Submitted items a Verifikator may decide on: units strictly below their own; an Admin: all of them.</summary>
    async Task<List<Line>> ToVerifyAsync(UnitAccess access, string scope, CancellationToken ct)
    {
        var verifier = access.Decider.IsVerifier && access.OwnUnitPath is not null;
        if (!access.IsAdmin && !verifier)
        {
            return [];
        }
        var own = access.OwnUnitPath ?? scope;
        var items = db.WorkflowItems.AsNoTracking().Where(i => i.Status == ApprovalStatus.Submitted && i.SubmittedById != access.UserId);
        if (!access.IsAdmin)
        {
            items = items.Where(i => i.Unit.Path.StartsWith(own) && i.Unit.Path != own);
        }
        // Oldest first, ordered here: SQLite cannot order by a DateTimeOffset; the id follows the first submission closely enough to bound the list.
        return (await items.OrderBy(i => i.Id).Take(MaxLines)
            .Select(i => new { i.Unit.Code, i.Unit.Name, i.Unit.ShortName, i.Kind, i.Year, i.Period, i.Status, i.SubmittedAt, i.SubmittedByName, i.Late })
            .ToListAsync(ct))
            .OrderBy(i => i.SubmittedAt)
            .Select(i => new Line(i.Code, Core.Organisation.Unit.DisplayNameOf(i.Name, i.ShortName), i.Kind, i.Year, i.Period, i.Status, i.SubmittedAt,
                i.SubmittedByName, i.Late ? "Diajukan terlambat" : null, null, false))
            .ToList();
    }

    /// <summary>Items returned to the units the person enters data for.</summary>
    async Task<List<Line>> ReturnedAsync(string scope, CancellationToken ct) =>
        (await db.WorkflowItems.AsNoTracking().Where(i => i.Status == ApprovalStatus.Returned && i.Unit.Path.StartsWith(scope))
            .OrderBy(i => i.Id).Take(MaxLines)
            .Select(i => new { i.Unit.Code, i.Unit.Name, i.Unit.ShortName, i.Kind, i.Year, i.Period, i.Status, i.DecidedAt, i.DecidedByName, i.Note })
            .ToListAsync(ct))
        .OrderBy(i => i.DecidedAt)
        .Select(i => new Line(i.Code, Core.Organisation.Unit.DisplayNameOf(i.Name, i.ShortName), i.Kind, i.Year, i.Period, i.Status, i.DecidedAt,
            i.DecidedByName, i.Note, null, false))
        .ToList();

    /// <summary>
    /// The scheduled objects of the person's own unit not yet submitted: overdue ones, and those closing within the
    /// next 60 days, the earliest first.
    /// </summary>
    async Task<List<Line>> DueAsync(string ownPath, TimeZoneInfo zone, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Path == ownPath).Select(u => new { u.Id, u.Code, u.Name, u.ShortName }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return [];
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var horizon = today.AddDays(60);
        var fromDay = today.AddYears(-1);
        var schedules = await db.Schedules.AsNoTracking()
            .Where(s => s.Kind != CycleObject.Lkjip && s.ClosesOn <= horizon && s.ClosesOn >= fromDay).OrderBy(s => s.ClosesOn).ToListAsync(ct);
        var items = await db.WorkflowItems.AsNoTracking().Where(i => i.UnitId == unit.Id)
            .Select(i => new { i.Kind, i.Year, i.Period, i.Status }).ToListAsync(ct);
        var lines = new List<Line>();
        foreach (var s in schedules)
        {
            var status = items.FirstOrDefault(i => i.Kind == s.Kind && (i.Year == s.Year || s.Kind is CycleObject.Renstra or CycleObject.Iku) && i.Period == s.Period)?.Status;
            if (status is ApprovalStatus.Submitted or ApprovalStatus.Approved)
            {
                continue;
            }
            lines.Add(new Line(unit.Code, Core.Organisation.Unit.DisplayNameOf(unit.Name, unit.ShortName), s.Kind, s.Year, s.Period, status, null, null, null,
                s.ClosesOn, s.Window.IsLate(now, zone)));
        }
        return [.. lines.OrderByDescending(l => l.Overdue).ThenBy(l => l.ClosesOn)];
    }
}
