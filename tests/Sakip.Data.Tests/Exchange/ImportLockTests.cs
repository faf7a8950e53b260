using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

/// <summary>An import may not move approved figures: a package changing them is refused whole, naming file and line.</summary>
public sealed class ImportLockTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in TestDatabase.Providers())
        {
            foreach (var change in new[] { "target", "arah", "realisasi" })
            {
                cases.Add(provider, change);
            }
        }
        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_changing_an_approved_quarter_or_its_inputs_is_refused_whole(DatabaseProvider provider, string change)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = PackageReader.Read(Sample).Data!;
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, package, "test", DateTimeOffset.UnixEpoch);
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
            row.Status = ApprovalStatus.Approved;
            await db.SaveChangesAsync();
        }
        var changed = change switch
        {
            "target" => package with { Targets = [.. package.Targets.Select(t => t is { Indicator: "EKPPD", Year: 2021, Kind: TargetKind.Q2 } ? t with { Value = 5m } : t)] },
            "arah" => package with { Indicators = [.. package.Indicators.Select(i => i.Code == "EKPPD" ? i with { Direction = Direction.Decrease } : i)] },
            _ => package with { Realisations = [.. package.Realisations.Select(r => r is { Indicator: "EKPPD", Year: 2021, Period: Period.Q2 } ? r with { Value = 4m } : r)] },
        };
        var unrelated = changed with { Targets = [.. changed.Targets.Select(t => t is { Indicator: "EKPPD", Year: 2022 } ? t with { Value = 3.5m } : t)] };

        ImportSummary summary;
        await using (var db = database.Open())
        {
            summary = await DatasetImporter.ImportAsync(db, unrelated, "test", DateTimeOffset.UnixEpoch);
        }

        summary.Refused.ShouldBeTrue();
        summary.Locked!.ShouldAllBe(p => p.Message.Contains("Triwulan II 2021"));
        summary.Locked!.ShouldContain(p => p.Field.StartsWith(change == "arah" ? "indikator.csv:" : change == "target" ? "target.csv:" : "realisasi.csv:", StringComparison.Ordinal));
        await using (var db = database.Open())
        {
            (await db.Targets.SingleAsync(t => t.Indicator.Code == "EKPPD" && t.Year == 2021 && t.Kind == TargetKind.Q2)).Value.ShouldBe(3.095m);
            (await db.Targets.SingleAsync(t => t.Indicator.Code == "EKPPD" && t.Year == 2022 && t.Kind == TargetKind.Renstra)).Value.ShouldBe(3.10m);
            (await db.Indicators.SingleAsync(i => i.Code == "EKPPD")).Direction.ShouldBe(Direction.Increase);
            (await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2)).Value.ShouldBe(3.0885m);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_of_the_same_package_over_an_approved_quarter_goes_through(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = PackageReader.Read(Sample).Data!;
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, package, "test", DateTimeOffset.UnixEpoch);
            var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2);
            row.Status = ApprovalStatus.Approved;
            await db.SaveChangesAsync();
        }

        await using var again = database.Open();
        var summary = await DatasetImporter.ImportAsync(again, package, "test", DateTimeOffset.UnixEpoch);

        summary.Refused.ShouldBeFalse();
        summary.Changed.ShouldBe(0);
    }
}
