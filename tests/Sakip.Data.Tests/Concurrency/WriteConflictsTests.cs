using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Concurrency;
using Sakip.Data.Exchange;
using Sakip.Data.Measurement;
using Sakip.Packages;

namespace Sakip.Data.Tests.Concurrency;

/// <summary>A lost race is told apart from a bug on every provider: a taken unique key and a moved version are conflicts.</summary>
public sealed class WriteConflictsTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_row_created_twice_is_a_conflict_not_an_exception(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);
        await using var db = database.Open();
        var indicator = await db.Indicators.Where(i => i.Code == "EKPPD").Select(i => i.Id).SingleAsync();

        db.Targets.Add(new TargetEntity { IndicatorId = indicator, Year = 2021, Kind = TargetKind.Q2, Value = 1m });
        var saved = await db.TrySaveChangesAsync(CancellationToken.None);

        saved.ShouldBeFalse();
        db.ChangeTracker.Entries().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_over_a_newer_version_is_a_conflict_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);
        await using var first = database.Open();
        await using var second = database.Open();
        var mine = await first.Targets.SingleAsync(t => t.Indicator.Code == "EKPPD" && t.Year == 2021 && t.Kind == TargetKind.Q2);
        var theirs = await second.Targets.SingleAsync(t => t.Id == mine.Id);
        var opened = mine.Version;

        theirs.Value = 3.2m;
        (await second.TrySaveChangesAsync(CancellationToken.None)).ShouldBeTrue();
        mine.Value = 3.3m;
        var saved = await first.TrySaveChangesAsync(CancellationToken.None);

        saved.ShouldBeFalse();
        await using var check = database.Open();
        var stored = await check.Targets.SingleAsync(t => t.Id == mine.Id);
        (stored.Value, stored.Version).ShouldBe((3.2m, theirs.Version));
        theirs.Version.ShouldBe(opened + 1);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Expect_refuses_a_save_made_from_an_older_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database);
        await using var db = database.Open();
        var row = await db.Indicators.SingleAsync(i => i.Code == "EKPPD");

        db.Expect(row, row.Version - 1);
        row.Name = "Diubah dari versi lama";
        var saved = await db.TrySaveChangesAsync(CancellationToken.None);

        saved.ShouldBeFalse();
        await using var check = database.Open();
        (await check.Indicators.SingleAsync(i => i.Code == "EKPPD")).Name.ShouldNotBe("Diubah dari versi lama");
    }

    static async Task ImportAsync(TestDatabase database)
    {
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "test", DateTimeOffset.UnixEpoch);
    }
}
