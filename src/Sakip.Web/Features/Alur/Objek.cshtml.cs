using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Problems;
using Sakip.Core.Workflow;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;
using Sakip.Web.Infrastructure.Mail;

namespace Sakip.Web.Features.Alur;

/// <summary>
/// One cycle object of a unit (its Renstra, IKU, targets, PK, budget or a quarter's realisasi): its status and history,
/// the data-quality findings before it is submitted, the actions the person may take (ajukan, kembalikan, setujui,
/// buka kunci), and each approved revision compared with the one before or with the content now.
/// </summary>
public sealed class ObjekModel(SakipDb db, TimeProvider clock, MailSettings mail, OutboxSignal outbox) : PageModel
{
    public sealed class Input
    {
        [Display(Name = "Catatan")]
        [StringLength(WorkflowDecisions.MaxNoteLength, ErrorMessage = "Catatan paling banyak {1} karakter.")]
        public string? Catatan { get; set; }

        public int? Versi { get; set; }
    }

    [BindProperty]
    public Input Form { get; set; } = new();

    public View Subject { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? instansi, string? objek, int tahun, string? periode, int? revisi, CancellationToken ct) =>
        await LoadAsync(instansi, objek, tahun, periode, revisi, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string? instansi, string? objek, int tahun, string? periode, string? aksi, CancellationToken ct)
    {
        if (!await LoadAsync(instansi, objek, tahun, periode, null, ct) || WorkflowActions.Parse(aksi) is not { } action)
        {
            return NotFound();
        }
        var access = UnitAccess.Of(HttpContext);
        // The role decides here (403); the state, the person and the data are the service's (409 with the reason).
        if (!(action == WorkflowAction.Submit ? access.CanEditPerformance(Subject.Unit.Path) : access.CanVerify(Subject.Unit.Path)))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await WorkflowDecisions.ApplyAsync(db,
            new WorkflowDecisions.Request(Subject.Unit.Id, Subject.Kind, Subject.Year, Subject.Period, action, Form.Catatan, Form.Versi),
            new WorkflowDecisions.Actor(access.Decider, access.DisplayName), clock.GetUtcNow(), mail.Enabled, ct);
        if (result.Outcome == WorkflowDecisions.Outcome.Done)
        {
            Inbox.Changed();
            outbox.Notify();
            TempData["Pesan"] = $"{Subject.Name}: {WorkflowActions.Label(action).ToLowerInvariant()}.";
            return Redirect(ObjectAddress.Of(Subject.Unit.Code, Subject.Kind, Subject.Year, Subject.Period));
        }
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError(problem.Field == "catatan" ? "Form.Catatan" : string.Empty, problem.Message);
        }
        Response.StatusCode = result.Outcome switch
        {
            WorkflowDecisions.Outcome.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status409Conflict,
        };
        await LoadAsync(instansi, objek, tahun, periode, null, ct);
        ModelState.Remove($"{nameof(Form)}.{nameof(Input.Versi)}");
        Form.Versi = Subject.Item?.Version ?? 0;
        return Page();
    }

    async Task<bool> LoadAsync(string? instansi, string? objek, int tahun, string? periode, int? revisi, CancellationToken ct)
    {
        var access = UnitAccess.Of(HttpContext);
        var unit = await UnitLookup.ResolveAsync(db, access, instansi, ct);
        var parsedPeriod = periode is null ? Period.Annual : Codes.Parse<Period>(periode);
        if (unit is null || CycleObjects.Parse(objek) is not { } kind || !CycleObjects.Approvable.Contains(kind) || !DataYears.IsPlausible(tahun)
            || parsedPeriod is not { } p || CycleObjects.PeriodOf(kind, p) is not { } period)
        {
            return false;
        }
        var item = await db.WorkflowItems.AsNoTracking().Include(i => i.Steps)
            .FirstOrDefaultAsync(i => i.UnitId == unit.Id && i.Kind == kind && i.Year == tahun && i.Period == period, ct);
        var status = item?.Status ?? ApprovalStatus.Draft;
        var content = await ObjectContent.LinesAsync(db, unit.Id, kind, tahun, period, ct);
        var findings = await QualityFindings.ForAsync(db, unit.Id, kind, tahun, period, ct);
        var zone = await Schedules.ZoneAsync(db, ct);
        var window = await Schedules.WindowAsync(db, kind, tahun, period, ct);
        var steps = item?.Steps.OrderByDescending(s => s.At).ThenByDescending(s => s.Id).ToList() ?? [];
        var revisions = steps.Where(s => s.Snapshot is not null).OrderBy(s => s.At).ThenBy(s => s.Id)
            .Select((s, n) => new Revision(n + 1, s.At, s.UserName, Read(s.Snapshot!))).ToList();
        var decider = access.Decider;
        Subject = new View(unit, kind, tahun, period, item, content, findings, zone, window, steps, revisions,
            revisi is { } r && r >= 1 && r <= revisions.Count ? r : revisions.Count,
            CanSubmit: access.CanEditPerformance(unit.Path) && status is ApprovalStatus.Draft or ApprovalStatus.Returned,
            CanDecide: status == ApprovalStatus.Submitted && access.CanVerify(unit.Path) && WorkflowRules.MayDecide(decider, unit.Path, item?.SubmittedById) is null,
            CanUnlock: status == ApprovalStatus.Approved && access.CanRead(unit.Path) && WorkflowRules.MayUnlock(decider, item?.DecidedById) is null);
        Form.Versi ??= item?.Version ?? 0;
        return true;
    }

    static List<SnapshotLine> Read(string json) => JsonSerializer.Deserialize<List<SnapshotLine>>(json) ?? [];

    /// <summary>An approved revision: its number, when, by whom, and what it held.</summary>
    public sealed record Revision(int Number, DateTimeOffset At, string By, IReadOnlyList<SnapshotLine> Lines);

    public sealed record View(
        UnitRef Unit, CycleObject Kind, int Year, Period Period, WorkflowItemEntity? Item, IReadOnlyList<SnapshotLine> Content,
        IReadOnlyList<Problem> Findings, TimeZoneInfo Zone, EntryWindow? Window, IReadOnlyList<WorkflowStepEntity> Steps,
        IReadOnlyList<Revision> Revisions, int ShownRevision, bool CanSubmit, bool CanDecide, bool CanUnlock)
    {
        public string Name => CycleObjects.Name(Kind, Year, Period);

        public ApprovalStatus? Status => Item?.Status;

        /// <summary>The revision shown, compared with the one before it (the first: with nothing).</summary>
        public IReadOnlyList<LineDifference> RevisionChanges => ShownRevision == 0 ? []
            : SnapshotComparison.Compare(ShownRevision > 1 ? Revisions[ShownRevision - 2].Lines : [], Revisions[ShownRevision - 1].Lines);

        /// <summary>What changed since the last approval (while it is being revised).</summary>
        public IReadOnlyList<LineDifference> SinceApproval => Revisions.Count == 0 ? [] : SnapshotComparison.Compare(Revisions[^1].Lines, Content);

        /// <summary>"31-01-2022 pukul 23.59 WIB".</summary>
        public string? Deadline => Window is { } w ? $"{w.ClosesOn:dd-MM-yyyy} pukul 23.59 {Zone.Id}" : null;

        public string Local(DateTimeOffset at) => $"{TimeZoneInfo.ConvertTime(at, Zone):dd-MM-yyyy HH.mm} {Zone.Id}";
    }
}
