using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Data.Measurement;
using Sakip.Packages;

namespace Sakip.Data.Tests.Organisation;

/// <summary>
/// Which units' data versions a save moves: the versions are what cached page results are checked against, so a
/// unit left out shows stale figures and a unit moved needlessly only recomputes.
/// </summary>
public sealed class UnitDataVersionsTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_realisation_moves_its_unit_and_the_units_above_it(DatabaseProvider provider)
    {
        var moved = await MovedBy(provider, async db =>
        {
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
            row.Value = 3.5m;
        });

        moved.ShouldBe(["KALTIM", "SETDA"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_target_moves_the_unit_of_its_indicator(DatabaseProvider provider)
    {
        var moved = await MovedBy(provider, async db =>
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "EKPPD");
            db.Targets.Add(new TargetEntity { IndicatorId = indicator.Id, Year = 2022, Kind = TargetKind.Agreement, Value = 4m });
        });

        moved.ShouldBe(["KALTIM", "SETDA"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_budget_line_moves_its_unit_and_every_unit_above_it_but_no_sibling(DatabaseProvider provider)
    {
        var moved = await MovedBy(provider, async db =>
        {
            var line = await db.BudgetLines.SingleAsync(b => b.Code == "PBJ.P1.K1");
            line.Spent += 1m;
        });

        moved.ShouldBe(["KALTIM", "SETDA", "PBJ"], ignoreOrder: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_plan_element_also_moves_the_units_below_which_show_it_as_their_parent(DatabaseProvider provider)
    {
        var moved = await MovedBy(provider, async db =>
        {
            var element = await db.PlanElements.SingleAsync(p => p.Code == "S1");
            element.Statement += " (revisi)";
        });

        moved.ShouldContain("KALTIM");
        moved.ShouldContain("SETDA");
        moved.ShouldContain("POD");
        moved.ShouldContain("ADPIM");
        moved.ShouldNotContain("INSPEKTORAT");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_scale_band_moves_every_unit(DatabaseProvider provider)
    {
        int units = 0;
        var moved = await MovedBy(provider, async db =>
        {
            units = await db.Units.CountAsync();
            db.ScaleBands.Add(new ScaleBandEntity { Scale = "kategori_capaian", Order = 1, Label = "Baik", Lower = 0m, Upper = 100m });
        });

        moved.Count.ShouldBe(units);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Accounts_and_tokens_move_nothing(DatabaseProvider provider)
    {
        var moved = await MovedBy(provider, async db =>
        {
            var user = new SakipUser { UserName = "a@example.go.id", Email = "a@example.go.id", UnitId = (await db.Units.FirstAsync()).Id };
            db.Users.Add(user);
            db.ApiTokens.Add(new ApiTokenEntity { User = user, Name = "uji", Prefix = "abc", Hash = "x", CreatedAt = DateTimeOffset.UnixEpoch });
        });

        moved.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_that_fails_moves_nothing(DatabaseProvider provider)
    {
        var moved = await MovedBy(provider, async db =>
        {
            var indicator = await db.Indicators.SingleAsync(i => i.Code == "EKPPD");
            var existing = await db.Targets.AsNoTracking().FirstAsync(t => t.IndicatorId == indicator.Id);
            db.Targets.Add(new TargetEntity { IndicatorId = indicator.Id, Year = existing.Year, Kind = existing.Kind, Value = 1m });
        }, expectFailure: true);

        moved.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Concurrent_saves_below_one_unit_all_count_and_none_deadlocks(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        }
        var before = await VersionsAsync(database);
        List<int> lines;
        await using (var db = database.Open())
        {
            lines = await db.BudgetLines.Where(b => b.Unit.Parent!.Code == "SETDA").OrderBy(b => b.Id).Select(b => b.Id).Take(16).ToListAsync();
        }

        // Budget lines of the Biro units below Setda, each saved from its own context at the same time.
        await Task.WhenAll(lines.Select(id => Task.Run(async () =>
        {
            await using var db = database.Open();
            var line = await db.BudgetLines.SingleAsync(b => b.Id == id);
            line.Spent = (line.Spent ?? 0m) + 1m;
            await db.SaveChangesAsync();
        })));

        var after = await VersionsAsync(database);
        lines.Count.ShouldBe(16);
        (after["SETDA"] - before["SETDA"]).ShouldBe(lines.Count);
        (after["KALTIM"] - before["KALTIM"]).ShouldBe(lines.Count);
    }

    /// <summary>Imports the sample, applies the change in a fresh context, and lists the units whose version moved.</summary>
    static async Task<List<string>> MovedBy(DatabaseProvider provider, Func<SakipDb, Task> change, bool expectFailure = false)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        }
        var before = await VersionsAsync(database);
        await using (var db = database.Open())
        {
            await change(db);
            if (expectFailure)
            {
                await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
            }
            else
            {
                await db.SaveChangesAsync();
            }
        }
        var after = await VersionsAsync(database);
        return [.. after.Where(a => a.Value != before[a.Key]).Select(a => a.Key)];
    }

    static async Task<Dictionary<string, long>> VersionsAsync(TestDatabase database)
    {
        await using var db = database.Open();
        return await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.DataVersion);
    }
}
