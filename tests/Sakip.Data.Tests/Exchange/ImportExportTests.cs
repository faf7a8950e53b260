using Sakip.Core;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

public sealed class ImportExportTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Import_then_export_gives_the_package_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = PackageReader.Read(Sample).Data!;
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, package, "test", DateTimeOffset.UnixEpoch);
        }

        Dataset exported;
        await using (var db = database.Open())
        {
            exported = await DatasetLoader.LoadAsync(db);
        }

        var expected = package.WithoutOrigins();
        exported.Units.ShouldBe(expected.Units);
        exported.PlanElements.ShouldBe(expected.PlanElements);
        exported.Indicators.ShouldBe(expected.Indicators);
        exported.Targets.ShouldBe(expected.Targets);
        exported.Realisations.ShouldBe(expected.Realisations);
        exported.Components.ShouldBe(expected.Components);
        exported.BudgetLines.ShouldBe(expected.BudgetLines);
        exported.Evaluations.ShouldBe(expected.Evaluations);
        exported.Recommendations.ShouldBe(expected.Recommendations);
        exported.ShouldBe(expected);
        exported.Realisations.Single(r => r.Indicator == "KERJASAMA" && r.Period == Core.Measurement.Period.Q4).Value!.Value.Scale.ShouldBe((byte)2);
        exported.BudgetLines.Single(b => b.Code == "PBJ.P1.K1").PrintedPercent.ShouldBe(74.505m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_the_same_package_twice_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var package = PackageReader.Read(Sample).Data!;
        await using (var db = database.Open())
        {
            await DatasetImporter.ImportAsync(db, package, "test", DateTimeOffset.UnixEpoch);
        }

        await using var again = database.Open();
        var summary = await DatasetImporter.PreviewAsync(again, package);

        summary.Added.ShouldBe(0);
        summary.Changed.ShouldBe(0);
        summary.Files.Single(f => f.File == "realisasi.csv").Unchanged.ShouldBe(33);
    }
}
