using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Evaluation;

/// <summary>
/// Follow-up writes: every action change derives the recommendation's status and text in the same save, a stale edit
/// is a conflict result, a closed recommendation is read-only, and the LKjIP's follow-up table reads what was derived.
/// </summary>
public sealed class FollowUpWritesTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
    static readonly DateTimeOffset Now = new(2022, 2, 1, 9, 0, 0, TimeSpan.Zero);

    static FollowUpAction Planned(string plan) => new(plan, "Kabag Perencanaan", new DateOnly(2022, 6, 30), FollowUpStatus.NotStarted, null);

    static FollowUpAction Finished(string plan, string result) => new(plan, "Kabag Perencanaan", new DateOnly(2022, 6, 30), FollowUpStatus.Done, result);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Actions_derive_the_status_and_text_of_their_recommendation_and_leave_the_others_as_imported(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var (id, other) = (await RecommendationIdAsync(database, "1.a"), await RecommendationIdAsync(database, "1.b"));
        var before = await RecommendationAsync(database, other);

        var first = await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Planned("Menyusun reviu Renstra"), "ani", Now, default));
        var afterPlan = await RecommendationAsync(database, id);
        await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Finished("Menyusun cascading", "Cascading ditetapkan Sekda."), "ani", Now, default));
        var afterOneDone = await RecommendationAsync(database, id);
        await WriteAsync(database, db => FollowUpWrites.UpdateAsync(db, first.Action!.Id, Finished("Menyusun reviu Renstra", "Renstra direviu."), first.Action.Version, "ani", Now, default));
        var afterAllDone = await RecommendationAsync(database, id);

        (afterPlan.Status, afterPlan.FollowUp).ShouldBe((FollowUpStatus.NotStarted, "Menyusun reviu Renstra"));
        (afterOneDone.Status, afterOneDone.FollowUp).ShouldBe((FollowUpStatus.InProgress, "Menyusun reviu Renstra\nCascading ditetapkan Sekda."));
        (afterAllDone.Status, afterAllDone.FollowUp).ShouldBe((FollowUpStatus.Done, "Renstra direviu.\nCascading ditetapkan Sekda."));
        var untouched = await RecommendationAsync(database, other);
        (untouched.Status, untouched.FollowUp, untouched.Version).ShouldBe((before.Status, before.FollowUp, before.Version));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_follow_up_made_in_the_database_reaches_the_report_load(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var id = await RecommendationIdAsync(database, "1.c");
        await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Planned("Menyelaraskan target Renstra dengan RPJMD 2023"), "ani", Now, default));

        await using var db = database.Open();
        var data = await DatasetLoader.LoadForReportAsync(db, "SETDA", 2021);

        var row = data!.Recommendations.Single(r => r.Unit == "SETDA" && r.Year == 2020 && r.Number == "1.c");
        (row.FollowUp, row.Status).ShouldBe(("Menyelaraskan target Renstra dengan RPJMD 2023", FollowUpStatus.NotStarted));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_edit_from_an_older_version_is_a_conflict_result_and_keeps_the_other_edit(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var id = await RecommendationIdAsync(database, "1.d");
        var added = await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Planned("Rencana awal"), "ani", Now, default));
        await WriteAsync(database, db => FollowUpWrites.UpdateAsync(db, added.Action!.Id, Planned("Rencana budi"), added.Action.Version, "budi", Now, default));

        var stale = await WriteAsync(database, db => FollowUpWrites.UpdateAsync(db, added.Action!.Id, Planned("Rencana ani"), added.Action.Version, "ani", Now, default));

        stale.Result.ShouldBe(FollowUpWrite.Outcome.Conflict);
        stale.Problems.ShouldHaveSingleItem().Message.ShouldContain("budi");
        (await RecommendationAsync(database, id)).FollowUp.ShouldBe("Rencana budi");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_closed_recommendation_refuses_action_changes_until_reopened_with_a_note(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var id = await RecommendationIdAsync(database, "1.a");
        var added = await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Finished("Reviu", "Selesai."), "ani", Now, default));
        var closed = await WriteAsync(database, db => FollowUpWrites.VerifyAsync(db, id, VerificationStatus.Closed, null, null, "evaluator", Now, default));

        var refused = await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Planned("Tambahan"), "ani", Now, default));
        var withoutNote = await WriteAsync(database, db => FollowUpWrites.VerifyAsync(db, id, VerificationStatus.Reopened, "  ", null, "evaluator", Now, default));
        var reopened = await WriteAsync(database, db => FollowUpWrites.VerifyAsync(db, id, VerificationStatus.Reopened, "Bukti reviu belum ada.", closed.Recommendation!.Version, "evaluator", Now, default));
        var allowed = await WriteAsync(database, db => FollowUpWrites.UpdateAsync(db, added.Action!.Id, Finished("Reviu", "Selesai, dengan berita acara."), null, "ani", Now, default));

        closed.Succeeded.ShouldBeTrue();
        refused.Result.ShouldBe(FollowUpWrite.Outcome.Locked);
        (withoutNote.Result, withoutNote.Problems[0].Field).ShouldBe((FollowUpWrite.Outcome.Invalid, FollowUpWrites.NoteField));
        reopened.Succeeded.ShouldBeTrue();
        allowed.Succeeded.ShouldBeTrue();
        var stored = await RecommendationAsync(database, id);
        (stored.Verification, stored.VerificationNote, stored.VerifiedBy).ShouldBe((VerificationStatus.Reopened, "Bukti reviu belum ada.", "evaluator"));
        await using var db = database.Open();
        (await db.FollowUpActions.CountAsync(a => a.RecommendationId == id)).ShouldBe(1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_action_with_evidence_is_not_removed_and_one_without_is(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var id = await RecommendationIdAsync(database, "1.b");
        var kept = await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Planned("Dengan bukti"), "ani", Now, default));
        var gone = await WriteAsync(database, db => FollowUpWrites.AddAsync(db, id, Planned("Tanpa bukti"), "ani", Now, default));
        await using (var db = database.Open())
        {
            db.EvaluationEvidence.Add(new EvaluationEvidenceEntity { FollowUpActionId = kept.Action!.Id, FileName = "a.pdf", ContentType = "application/pdf", StorageKey = "k", UploadedAt = Now });
            await db.SaveChangesAsync();
        }

        var refused = await WriteAsync(database, db => FollowUpWrites.RemoveAsync(db, kept.Action!.Id, null, default));
        var removed = await WriteAsync(database, db => FollowUpWrites.RemoveAsync(db, gone.Action!.Id, null, default));

        refused.Result.ShouldBe(FollowUpWrite.Outcome.Locked);
        removed.Succeeded.ShouldBeTrue();
        (await RecommendationAsync(database, id)).FollowUp.ShouldBe("Dengan bukti");
    }

    static async Task<FollowUpWrite> WriteAsync(TestDatabase database, Func<SakipDb, Task<FollowUpWrite>> write)
    {
        await using var db = database.Open();
        return await write(db);
    }

    static async Task<int> RecommendationIdAsync(TestDatabase database, string number)
    {
        await using var db = database.Open();
        return await db.Recommendations.Where(r => r.Year == 2020 && r.Number == number).Select(r => r.Id).SingleAsync();
    }

    static async Task<RecommendationEntity> RecommendationAsync(TestDatabase database, int id)
    {
        await using var db = database.Open();
        return await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == id);
    }

    static async Task<TestDatabase> SampleAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        return database;
    }
}
