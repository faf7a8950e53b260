using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Budget;
using Sakip.Data.Exchange;
using Sakip.Data.Workflow;
using Sakip.Packages;

namespace Sakip.Data.Tests.Workflow;

/// <summary>
/// The approval cycle end to end on each provider: submit, return with a note, resubmit, approve, every attempt to
/// change the approved object or an input of its figures refused, unlock, change, approve again; the history, the
/// approved revisions and the audit trail hold each step.
/// </summary>
public sealed class WorkflowFlowTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
    static readonly DateTimeOffset Now = new(2021, 8, 21, 9, 0, 0, TimeSpan.FromHours(7));

    public static TheoryData<DatabaseProvider> Providers() => TestDatabase.Providers();

    static async Task<(string Root, string Setda, string Pod)> ImportAsync(TestDatabase database)
    {
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "test", DateTimeOffset.UnixEpoch);
        var paths = await db.Units.Where(u => u.Code == "KALTIM" || u.Code == "SETDA" || u.Code == "POD").ToDictionaryAsync(u => u.Code, u => u.Path);
        return (paths["KALTIM"], paths["SETDA"], paths["POD"]);
    }

    static WorkflowDecisions.Actor Planner(string unitPath) => new(new("perencana", unitPath, IsVerifier: false, IsAdmin: false), "Perencana Setda");

    static WorkflowDecisions.Actor Verifier(string id, string unitPath) => new(new(id, unitPath, IsVerifier: true, IsAdmin: false), $"Verifikator {id}");

    static async Task<WorkflowDecisions.Result> ActAsync(
        TestDatabase database, string unit, CycleObject kind, WorkflowAction action, WorkflowDecisions.Actor actor, string? note = null, Period period = Period.Annual)
    {
        await using var db = database.Open();
        var id = await db.Units.Where(u => u.Code == unit).Select(u => u.Id).SingleAsync();
        return await WorkflowDecisions.ApplyAsync(db, new(id, kind, 2021, period, action, note, null), actor, Now, mailEnabled: false, default);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_pk_goes_through_submit_return_approve_lock_unlock_and_a_second_approval(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (root, setda, _) = await ImportAsync(database);

        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Submit, Planner(setda))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        var sameUnit = await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Approve, Verifier("v-setda", setda));
        sameUnit.Outcome.ShouldBe(WorkflowDecisions.Outcome.Forbidden);
        sameUnit.Problems.Single().Message.ShouldContain("unitnya sendiri");
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Return, Verifier("v", root), "  ")).Outcome.ShouldBe(WorkflowDecisions.Outcome.Refused);
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Return, Verifier("v", root), "Lengkapi tanggal penandatanganan.")).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Submit, Planner(setda))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Approve, Verifier("v", root))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);

        // Approved: the PK, its targets and programs are locked whatever writes them.
        await using (var db = database.Open())
        {
            var agreement = await db.Agreements.Include(a => a.Targets).SingleAsync(a => a.Year == 2021 && a.IsCurrent);
            agreement.Targets[0].Value = 1m;
            var refused = await Should.ThrowAsync<WorkflowLockedException>(() => db.SaveChangesAsync());
            refused.Problems.Single().Message.ShouldContain("Perjanjian Kinerja 2021");
            refused.Problems.Single().Message.ShouldContain("disetujui dan terkunci");
        }
        var package = PackageReader.Read(Sample).Data!;
        await using (var db = database.Open())
        {
            var changed = package with { Agreements = [.. package.Agreements.Select(a => a with { Place = "Balikpapan" })] };
            var summary = await DatasetImporter.ImportAsync(db, changed, "test", Now);
            summary.Refused.ShouldBeTrue();
            summary.Locked!.ShouldContain(p => p.Message.Contains("Perjanjian Kinerja 2021"));
        }
        await using (var db = database.Open())
        {
            (await db.Agreements.CountAsync(a => a.Year == 2021)).ShouldBe(1); // no new version slipped in
            // An export read back changes nothing and is accepted.
            (await DatasetImporter.ImportAsync(db, package, "test", Now)).Refused.ShouldBeFalse();
        }

        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Unlock, Verifier("w", root), "Perubahan anggaran")).Outcome.ShouldBe(WorkflowDecisions.Outcome.Forbidden);
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Unlock, Verifier("v", root), "Perubahan anggaran")).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        decimal? before;
        await using (var db = database.Open())
        {
            var target = (await db.Agreements.Include(a => a.Targets).SingleAsync(a => a.Year == 2021 && a.IsCurrent)).Targets.OrderBy(t => t.Id).First();
            before = target.Value;
            target.Value = 77m;
            await db.SaveChangesAsync(); // unlocked: the change is kept
        }
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Submit, Planner(setda))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        (await ActAsync(database, "SETDA", CycleObject.Agreement, WorkflowAction.Approve, Verifier("v", root))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);

        await using (var db = database.Open())
        {
            var item = await db.WorkflowItems.Include(i => i.Steps).SingleAsync(i => i.Kind == CycleObject.Agreement);
            item.Status.ShouldBe(ApprovalStatus.Approved);
            item.Revision.ShouldBe(2);
            item.Steps.OrderBy(s => s.Id).Select(s => s.Action).ShouldBe(
                [WorkflowAction.Submit, WorkflowAction.Return, WorkflowAction.Submit, WorkflowAction.Approve, WorkflowAction.Unlock, WorkflowAction.Submit, WorkflowAction.Approve]);
            item.Steps.Single(s => s.Action == WorkflowAction.Return).Note.ShouldBe("Lengkapi tanggal penandatanganan.");
            item.Steps.Single(s => s.Action == WorkflowAction.Unlock).Note.ShouldBe("Perubahan anggaran");
            var revisions = item.Steps.Where(s => s.Snapshot is not null).OrderBy(s => s.Id).Select(s => JsonSerializer.Deserialize<List<SnapshotLine>>(s.Snapshot!)!).ToList();
            var change = SnapshotComparison.Compare(revisions[0], revisions[1]).ShouldHaveSingleItem();
            change.Change.ShouldBe(LineChange.Changed);
            change.After.ShouldBe("77");

            var steps = await db.AuditEntries.Where(e => e.Entity == "workflow_steps").OrderBy(e => e.Id).ToListAsync();
            steps.Select(e => e.Action).ShouldBe(["ajukan", "kembalikan", "ajukan", "setujui", "buka", "ajukan", "setujui"]);
            steps[1].NewValues!.ShouldContain("Lengkapi tanggal");
            steps.ShouldAllBe(e => e.UnitId != null);
            // The status change itself, old and new.
            var statuses = await db.AuditEntries.Where(e => e.Entity == "workflow_items" && e.Action == "ubah").OrderBy(e => e.Id).ToListAsync();
            statuses.ShouldContain(e => e.OldValues!.Contains("diajukan", StringComparison.OrdinalIgnoreCase) && e.NewValues!.Contains("dikembalikan", StringComparison.OrdinalIgnoreCase));
            // The change made while unlocked, old and new.
            (await db.AuditEntries.Where(e => e.Entity == "agreement_targets" && e.Action == "ubah").ToListAsync()).ShouldContain(e => e.NewValues!.Contains("77"));
            before.ShouldNotBe(77m);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_approved_quarter_locks_its_realisations_and_the_targets_they_are_measured_against(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (root, setda, _) = await ImportAsync(database);
        (await ActAsync(database, "SETDA", CycleObject.Realisation, WorkflowAction.Submit, Planner(setda), period: Period.Q2)).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        await using (var db = database.Open())
        {
            (await db.Realisations.Where(r => r.Year == 2021 && r.Period == Period.Q2).Select(r => r.Status).Distinct().ToListAsync()).ShouldBe([ApprovalStatus.Submitted]);
        }
        (await ActAsync(database, "SETDA", CycleObject.Realisation, WorkflowAction.Approve, Verifier("v", root), period: Period.Q2)).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);

        await using (var db = database.Open())
        {
            (await db.Realisations.Where(r => r.Year == 2021 && r.Period == Period.Q2).Select(r => r.Status).Distinct().ToListAsync()).ShouldBe([ApprovalStatus.Approved]);
            var target = await db.Targets.SingleAsync(t => t.Indicator.Code == "EKPPD" && t.Year == 2021 && t.Kind == TargetKind.Q2);
            target.Value = 5m;
            (await Should.ThrowAsync<WorkflowLockedException>(() => db.SaveChangesAsync())).Problems.ShouldContain(p => p.Message.Contains("Realisasi Triwulan II 2021"));
        }
        await using (var db = database.Open())
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "EKPPD");
            indicator.Direction = Core.Planning.Direction.Decrease;
            await Should.ThrowAsync<WorkflowLockedException>(() => db.SaveChangesAsync());
        }
        await using (var db = database.Open())
        {
            // Another quarter's target stays open.
            var other = await db.Targets.SingleAsync(t => t.Indicator.Code == "EKPPD" && t.Year == 2021 && t.Kind == TargetKind.Q3);
            other.Value = (other.Value ?? 0) + 0.001m;
            await db.SaveChangesAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_unit_is_approved_only_after_the_units_below_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (root, setda, pod) = await ImportAsync(database);
        await using (var db = database.Open())
        {
            // Setda's own budget line, so it has a budget to submit beside its Biro's.
            db.BudgetLines.Add(new BudgetLineEntity
            {
                Code = "SETDA.P1",
                UnitId = await db.Units.Where(u => u.Code == "SETDA").Select(u => u.Id).SingleAsync(),
                Year = 2021,
                Level = Core.Budget.BudgetLevel.Program,
                Name = "Program Setda",
                Ceiling = 100m,
            });
            await db.SaveChangesAsync();
        }
        var podPlanner = new WorkflowDecisions.Actor(new("perencana-pod", pod, false, false), "Perencana POD");
        (await ActAsync(database, "POD", CycleObject.Budget, WorkflowAction.Submit, podPlanner)).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        (await ActAsync(database, "SETDA", CycleObject.Budget, WorkflowAction.Submit, Planner(setda))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);

        var early = await ActAsync(database, "SETDA", CycleObject.Budget, WorkflowAction.Approve, Verifier("v", root));
        early.Outcome.ShouldBe(WorkflowDecisions.Outcome.Refused);
        early.Problems.Single().Message.ShouldContain("Biro POD (Diajukan)");

        // Setda's verifier approves its Biro; then the province's verifier approves Setda.
        (await ActAsync(database, "POD", CycleObject.Budget, WorkflowAction.Approve, Verifier("v-setda", setda))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        (await ActAsync(database, "SETDA", CycleObject.Budget, WorkflowAction.Approve, Verifier("v", root))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_closed_window_refuses_or_marks_at_the_last_minute_in_the_installation_zone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (_, setda, _) = await ImportAsync(database);
        await using (var db = database.Open())
        {
            db.Schedules.Add(new ScheduleEntity { Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q2, ClosesOn = new DateOnly(2021, 7, 15), Policy = LatePolicy.Refuse });
            db.Schedules.Add(new ScheduleEntity { Kind = CycleObject.Realisation, Year = 2021, Period = Period.Q4, ClosesOn = new DateOnly(2022, 1, 31), Policy = LatePolicy.Mark });
            db.WorkflowSettings.Add(new WorkflowSettingsEntity { TimeZone = "WITA" });
            await db.SaveChangesAsync();
        }
        async Task<WorkflowDecisions.Result> SubmitAt(Period period, DateTimeOffset at)
        {
            await using var db = database.Open();
            var id = await db.Units.Where(u => u.Code == "SETDA").Select(u => u.Id).SingleAsync();
            return await WorkflowDecisions.ApplyAsync(db, new(id, CycleObject.Realisation, 2021, period, WorkflowAction.Submit, null, null), Planner(setda), at, false, default);
        }
        var wita = TimeSpan.FromHours(8);
        (await SubmitAt(Period.Q2, new DateTimeOffset(2021, 7, 16, 0, 0, 0, wita))).Problems.ShouldContain(p => p.Message.Contains("15-07-2021 pukul 23.59 WITA"));
        (await SubmitAt(Period.Q2, new DateTimeOffset(2021, 7, 15, 23, 59, 0, wita))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        (await SubmitAt(Period.Q4, new DateTimeOffset(2022, 2, 1, 0, 0, 0, wita))).Outcome.ShouldBe(WorkflowDecisions.Outcome.Done);
        await using (var db = database.Open())
        {
            var items = await db.WorkflowItems.ToDictionaryAsync(i => i.Period);
            items[Period.Q2].Late.ShouldBeFalse();
            items[Period.Q4].Late.ShouldBeTrue();
        }
    }
}
