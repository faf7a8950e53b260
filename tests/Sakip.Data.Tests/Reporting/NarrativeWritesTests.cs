using Microsoft.EntityFrameworkCore;
using Sakip.Core.Reporting;
using Sakip.Data.Concurrency;
using Sakip.Data.Exchange;
using Sakip.Data.Reporting;
using Sakip.Packages;

namespace Sakip.Data.Tests.Reporting;

/// <summary>Writing a narrative section: versioned, a stale save or delete is a conflict result, never an exception.</summary>
public sealed class NarrativeWritesTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
    static readonly DateTimeOffset Now = new(2022, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_creates_the_section_then_a_save_from_its_version_replaces_it_and_bumps_the_version(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var key = await KeyAsync(database, NarrativeSection.Background);

        var created = await SaveAsync(database, key, "  Latar belakang.  ", 0, "ani");
        var replaced = await SaveAsync(database, key, "Latar belakang yang direvisi.", created.Row!.Version, "budi");

        created.Problems.ShouldBeEmpty();
        replaced.Problems.ShouldBeEmpty();
        await using var db = database.Open();
        var stored = await db.Narratives.AsNoTracking().SingleAsync();
        (stored.Text, stored.Version, stored.UpdatedBy).ShouldBe(("Latar belakang yang direvisi.", 2, "budi"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_from_an_older_version_is_a_conflict_result_and_keeps_the_other_text(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var key = await KeyAsync(database, NarrativeSection.Duties);
        var first = await SaveAsync(database, key, "Tugas pokok.", 0, "ani");
        await SaveAsync(database, key, "Tugas pokok dan fungsi (budi).", first.Row!.Version, "budi");

        var stale = await SaveAsync(database, key, "Tugas pokok dan fungsi (ani).", first.Row.Version, "ani");

        stale.Conflict.ShouldBeTrue();
        stale.Problems.ShouldHaveSingleItem().Field.ShouldBe(NarrativeWrites.ConflictField);
        stale.Problems[0].Message.ShouldContain("budi");
        stale.Row!.Text.ShouldBe("Tugas pokok dan fungsi (budi).");
        await using var db = database.Open();
        (await db.Narratives.AsNoTracking().SingleAsync()).Text.ShouldBe("Tugas pokok dan fungsi (budi).");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_that_loses_the_race_after_its_check_is_a_conflict_result(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var key = await KeyAsync(database, NarrativeSection.Closing);
        var first = await SaveAsync(database, key, "Penutup.", 0, "ani");
        await using var mine = database.Open();
        await using var theirs = database.Open();
        var row = await mine.Narratives.SingleAsync();
        var other = await theirs.Narratives.SingleAsync();
        other.Text = "Penutup (budi).";
        await theirs.SaveChangesAsync();

        mine.Expect(row, first.Row!.Version);
        row.Text = "Penutup (ani).";
        var saved = await mine.TrySaveChangesAsync(CancellationToken.None);

        saved.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_section_without_sasaran_cannot_be_stored_twice(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var key = await KeyAsync(database, NarrativeSection.Foreword);
        await SaveAsync(database, key, "Kata pengantar.", 0, "ani");
        await using var db = database.Open();

        // What a second editor's insert would do after both found the section unwritten.
        db.Narratives.Add(new NarrativeEntity { UnitId = key.UnitId, Year = key.Year, Section = key.Section, Text = "Kata pengantar lain.", UpdatedAt = Now });
        var saved = await db.TrySaveChangesAsync(CancellationToken.None);

        saved.ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_delete_from_an_older_version_is_a_conflict_and_a_current_one_removes_the_section(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var key = await KeyAsync(database, NarrativeSection.StrategicIssues);
        var first = await SaveAsync(database, key, "Isu strategis.", 0, "ani");
        var second = await SaveAsync(database, key, "Isu strategis (revisi).", first.Row!.Version, "budi");

        WriteResult stale, current;
        await using (var db = database.Open())
        {
            stale = WriteResult.Of(await NarrativeWrites.DeleteAsync(db, key, first.Row.Version, CancellationToken.None));
        }
        await using (var db = database.Open())
        {
            current = WriteResult.Of(await NarrativeWrites.DeleteAsync(db, key, second.Row!.Version, CancellationToken.None));
        }

        stale.Conflict.ShouldBeTrue();
        current.ShouldBe(new WriteResult(false, 0));
        await using var check = database.Open();
        (await check.Narratives.CountAsync()).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_analysis_names_a_sasaran_of_the_unit_and_other_sections_name_none(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var analysis = await KeyAsync(database, NarrativeSection.ObjectiveAnalysis);
        int sasaran, goal;
        await using (var db = database.Open())
        {
            sasaran = await db.PlanElements.Where(p => p.Code == "S1").Select(p => p.Id).SingleAsync();
            goal = await db.PlanElements.Where(p => p.Code == "T1").Select(p => p.Id).SingleAsync();
        }

        var withoutSasaran = await SaveAsync(database, analysis, "Analisis.", null, "ani");
        var onAGoal = await SaveAsync(database, analysis with { PlanElementId = goal }, "Analisis.", null, "ani");
        var backgroundWithSasaran = await SaveAsync(database, analysis with { Section = NarrativeSection.Background, PlanElementId = sasaran }, "Latar.", null, "ani");
        var empty = await SaveAsync(database, analysis with { PlanElementId = sasaran }, "   ", null, "ani");
        var tooLong = await SaveAsync(database, analysis with { PlanElementId = sasaran }, new string('a', 20001), null, "ani");
        var saved = await SaveAsync(database, analysis with { PlanElementId = sasaran }, "Analisis sasaran 1.", null, "ani");

        new[] { withoutSasaran, onAGoal, backgroundWithSasaran }.ShouldAllBe(r => r.Problems.Single().Field == NarrativeWrites.ObjectiveField && !r.Conflict);
        new[] { empty, tooLong }.ShouldAllBe(r => r.Problems.Single().Field == NarrativeWrites.TextField);
        saved.Problems.ShouldBeEmpty();
        saved.Row!.PlanElementId.ShouldBe(sasaran);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_saved_narrative_moves_the_data_version_of_its_unit_and_those_above_only(DatabaseProvider provider)
    {
        await using var database = await SampleAsync(provider);
        var key = await KeyAsync(database, NarrativeSection.Background);
        var before = await VersionsAsync(database);

        await SaveAsync(database, key, "Latar belakang.", 0, "ani");

        var after = await VersionsAsync(database);
        after.Where(a => a.Value != before[a.Key]).Select(a => a.Key).ShouldBe(["KALTIM", "SETDA"], ignoreOrder: true);
    }

    static async Task<Dictionary<string, long>> VersionsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.DataVersion);
    }

    sealed record WriteResult(bool Conflict, int Problems)
    {
        public static WriteResult Of(NarrativeWrite write) => new(write.Conflict, write.Problems.Count);
    }

    static async Task<NarrativeWrite> SaveAsync(TestDatabase database, NarrativeKey key, string text, int? opened, string user)
    {
        await using var db = database.Open();
        return await NarrativeWrites.SaveAsync(db, key, text, opened, user, Now, CancellationToken.None);
    }

    static async Task<NarrativeKey> KeyAsync(TestDatabase database, NarrativeSection section)
    {
        await using var db = database.Open();
        return new(await db.Units.Where(u => u.Code == "SETDA").Select(u => u.Id).SingleAsync(), 2021, section);
    }

    static async Task<TestDatabase> SampleAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        // Without the sample's own narratives (narasi.csv): each test writes its sections from nothing.
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data! with { Narratives = [] }, "impor", DateTimeOffset.UnixEpoch);
        return database;
    }
}
