using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Core.Workflow;
using Sakip.Data.Concurrency;
using Sakip.Data.Organisation;

namespace Sakip.Data.Workflow;

/// <summary>
/// Submits, returns, approves and unlocks a cycle object of a unit (<see cref="WorkflowRules"/>), for the pages, the
/// API and the CLI alike: checks who may, the units below, the entry window and the data-quality errors; keeps the step,
/// the approved content and the e-mails in one save (the audit trail records the step as ajukan/kembalikan/setujui/buka).
/// </summary>
public static class WorkflowDecisions
{
    /// <summary>What is decided on, and the version of the item the person saw (null: no precondition; 0: none stored yet).</summary>
    public sealed record Request(int UnitId, CycleObject Kind, int Year, Period Period, WorkflowAction Action, string? Note, int? ExpectedVersion);

    /// <summary>Who acts: the account as <see cref="WorkflowRules.Decider"/> and the name the history shows.</summary>
    public sealed record Actor(WorkflowRules.Decider Decider, string Name);

    public enum Outcome
    {
        Done,

        /// <summary>The state, the note, the window, the data or the units below refuse it.</summary>
        Refused,

        /// <summary>This person may not take this decision.</summary>
        Forbidden,

        /// <summary>Someone else changed the item since the page was opened.</summary>
        Conflict,
    }

    public sealed record Result(Outcome Outcome, IReadOnlyList<Problem> Problems, WorkflowItemEntity? Item);

    /// <summary>The longest note or reason kept with a step.</summary>
    public const int MaxNoteLength = 2000;

    public static async Task<Result> ApplyAsync(SakipDb db, Request request, Actor actor, DateTimeOffset now, bool mailEnabled, CancellationToken ct)
    {
        // Stored in UTC whatever the caller's offset (PostgreSQL keeps only UTC instants); deadlines are compared as instants.
        now = now.ToUniversalTime();
        if (!CycleObjects.Approvable.Contains(request.Kind) || CycleObjects.PeriodOf(request.Kind, request.Period) is null)
        {
            return Refused(new Problem("objek", "Objek atau periode ini tidak melalui persetujuan."));
        }
        if (request.Note is { Length: > MaxNoteLength })
        {
            return Refused(new Problem("catatan", $"Catatan paling banyak {MaxNoteLength} karakter."));
        }
        var unit = await db.Units.AsNoTracking().FirstAsync(u => u.Id == request.UnitId, ct);
        var item = await db.WorkflowItems.FirstOrDefaultAsync(
            i => i.UnitId == request.UnitId && i.Kind == request.Kind && i.Year == request.Year && i.Period == request.Period, ct);
        if (request.ExpectedVersion is { } expected && expected != (item?.Version ?? 0))
        {
            return new Result(Outcome.Conflict, [Conflict(item)], item);
        }
        var status = item?.Status ?? ApprovalStatus.Draft;
        if (WhoMay(request.Action, actor, unit.Path, item) is { } forbidden)
        {
            return new Result(Outcome.Forbidden, [forbidden], item);
        }
        var (next, problem) = WorkflowRules.Apply(status, request.Action, request.Note);
        if (problem is not null)
        {
            return Refused(problem);
        }
        var late = false;
        switch (request.Action)
        {
            case WorkflowAction.Submit:
                var checks = await SubmissionProblemsAsync(db, request, unit.DisplayName, now, ct);
                if (checks.Problems.Count > 0)
                {
                    return Refused([.. checks.Problems]);
                }
                late = checks.Late;
                break;
            case WorkflowAction.Approve when await BelowAsync(db, unit, request, ct) is { } below:
                return Refused(below);
        }
        if (item is null)
        {
            item = new WorkflowItemEntity { UnitId = unit.Id, Kind = request.Kind, Year = request.Year, Period = request.Period };
            db.WorkflowItems.Add(item);
        }
        else if (request.ExpectedVersion is { } seen)
        {
            db.Expect(item, seen);
        }
        var step = Record(item, request, actor, status, next, now, late);
        if (request.Action == WorkflowAction.Approve)
        {
            item.Revision++;
            step.Snapshot = JsonSerializer.Serialize(await ObjectContent.LinesAsync(db, unit.Id, request.Kind, request.Year, request.Period, ct));
        }
        await WorkflowNotices.QueueAsync(db, mailEnabled, item, request.Action, actor.Name, request.Note, now, ct);
        using (WorkflowLocks.Suspend(db))
        {
            if (request.Kind == CycleObject.Realisation)
            {
                await MirrorRealisationsAsync(db, item, request.Note, actor.Name, now, ct);
            }
            if (!await db.TrySaveChangesAsync(ct))
            {
                var winner = await db.WorkflowItems.AsNoTracking().Include(i => i.Unit).FirstOrDefaultAsync(
                    i => i.UnitId == request.UnitId && i.Kind == request.Kind && i.Year == request.Year && i.Period == request.Period, ct);
                return new Result(Outcome.Conflict, [Conflict(winner)], winner);
            }
        }
        return new Result(Outcome.Done, [], item);
    }

    static Result Refused(params Problem[] problems) => new(Outcome.Refused, problems, null);

    /// <summary>Submitting is checked by the pages' own rights (the unit's Perencana); deciding and unlocking here.</summary>
    static Problem? WhoMay(WorkflowAction action, Actor actor, string unitPath, WorkflowItemEntity? item) => action switch
    {
        WorkflowAction.Submit => null,
        WorkflowAction.Unlock => WorkflowRules.MayUnlock(actor.Decider, item?.DecidedById),
        _ => WorkflowRules.MayDecide(actor.Decider, unitPath, item?.SubmittedById),
    };

    /// <summary>The window, the content and the data-quality errors of a submission; whether it is late.</summary>
    static async Task<(List<Problem> Problems, bool Late)> SubmissionProblemsAsync(SakipDb db, Request request, string unitName, DateTimeOffset now, CancellationToken ct)
    {
        var problems = new List<Problem>();
        var what = CycleObjects.Name(request.Kind, request.Year, request.Period);
        if ((await ObjectContent.LinesAsync(db, request.UnitId, request.Kind, request.Year, request.Period, ct)).Count == 0)
        {
            problems.Add(new Problem("objek", $"{what} {unitName} belum berisi data; isi dulu sebelum diajukan."));
        }
        var late = false;
        if (await Schedules.WindowAsync(db, request.Kind, request.Year, request.Period, ct) is { } window)
        {
            var zone = await Schedules.ZoneAsync(db, ct);
            if (window.CheckSubmission(now, zone, what) is { } closed)
            {
                problems.Add(closed);
            }
            late = window.IsLate(now, zone);
        }
        problems.AddRange((await QualityFindings.ForAsync(db, request.UnitId, request.Kind, request.Year, request.Period, ct)).Where(p => p.IsError));
        return (problems, late);
    }

    /// <summary>The units below that report on the same object and are not yet approved (<see cref="WorkflowRules.BelowApproved"/>).</summary>
    static async Task<Problem?> BelowAsync(SakipDb db, UnitEntity unit, Request request, CancellationToken ct)
    {
        var below = await db.WorkflowItems.AsNoTracking()
            .Where(i => i.Kind == request.Kind && i.Year == request.Year && i.Period == request.Period
                && i.Unit.Path.StartsWith(unit.Path) && i.UnitId != unit.Id)
            .Select(i => new { i.Unit.Name, i.Unit.ShortName, i.Status }).ToListAsync(ct);
        return WorkflowRules.BelowApproved(below.Select(b => new WorkflowRules.Below(Core.Organisation.Unit.DisplayNameOf(b.Name, b.ShortName), b.Status)));
    }

    static WorkflowStepEntity Record(
        WorkflowItemEntity item, Request request, Actor actor, ApprovalStatus from, ApprovalStatus to, DateTimeOffset now, bool late)
    {
        var step = new WorkflowStepEntity
        {
            Action = request.Action,
            From = from,
            To = to,
            At = now,
            UserId = actor.Decider.UserId,
            UserName = actor.Name,
            Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            Late = late,
        };
        item.Steps.Add(step);
        item.Status = to;
        switch (request.Action)
        {
            case WorkflowAction.Submit:
                (item.SubmittedById, item.SubmittedByName, item.SubmittedAt) = (actor.Decider.UserId, actor.Name, now);
                if (item.FirstSubmittedAt is null)
                {
                    (item.FirstSubmittedAt, item.Late) = (now, late);
                }
                item.Note = null;
                break;
            default:
                (item.DecidedById, item.DecidedByName, item.DecidedAt) = (actor.Decider.UserId, actor.Name, now);
                item.Note = request.Action == WorkflowAction.Approve ? null : step.Note;
                break;
        }
        return step;
    }

    /// <summary>
    /// A quarter's realisations carry the quarter's status, so the measurement pages, the reports and the locks on their
    /// inputs (<see cref="ApprovalLock"/>) see it; a return note reaches each of them.
    /// </summary>
    static async Task MirrorRealisationsAsync(SakipDb db, WorkflowItemEntity item, string? note, string actor, DateTimeOffset now, CancellationToken ct)
    {
        var rows = await db.Realisations.Where(r => r.Indicator.PlanElement.UnitId == item.UnitId && r.Year == item.Year && r.Period == item.Period).ToListAsync(ct);
        foreach (var row in rows)
        {
            (row.Status, row.UpdatedAt, row.UpdatedBy) = (item.Status, now, actor);
            if (item.Status == ApprovalStatus.Returned)
            {
                row.ReviewNote = note;
            }
        }
    }

    static Problem Conflict(WorkflowItemEntity? current) => current is null
        ? new Problem("versi", "Status ini telah berubah sejak halaman dibuka. Muat ulang halaman lalu coba lagi.")
        : new Problem("versi", $"Status ini telah diubah oleh {current.DecidedByName ?? current.SubmittedByName} sejak halaman dibuka "
            + $"(sekarang {Approval.Label(current.Status).ToLowerInvariant()}). Muat ulang halaman lalu coba lagi.");
}
