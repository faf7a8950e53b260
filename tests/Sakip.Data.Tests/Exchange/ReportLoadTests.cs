using System.Diagnostics;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Reporting;
using Sakip.Data.Exchange;
using Xunit.Abstractions;

namespace Sakip.Data.Tests.Exchange;

/// <summary><see cref="DatasetLoader.LoadForReportAsync"/>: what an LKjIP needs of a unit and year, in a fixed number of queries.</summary>
public sealed class ReportLoadTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_load_holds_the_history_years_every_target_and_the_years_content(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, Province.Build(2));

        Dataset data;
        await using (var db = database.Open())
        {
            data = (await DatasetLoader.LoadForReportAsync(db, "OPD1", 2021))!;
        }

        data.Units.Select(u => u.Code).ShouldBe(["PROV", "OPD1"]);
        data.Realisations.Select(r => r.Year).Distinct().ShouldBe([2017, 2018, 2019, 2020, 2021]);
        data.Realisations.ShouldAllBe(r => r.Indicator.StartsWith("OPD1.", StringComparison.Ordinal));
        data.Targets.Where(t => t.Kind == TargetKind.Renstra).Select(t => t.Year).Distinct().ShouldBe([2019, 2020, 2021, 2022, 2023]);
        data.Narratives.Select(n => (n.Year, n.Section)).ShouldBe([(2021, NarrativeSection.Background), (2021, NarrativeSection.ObjectiveAnalysis)]);
        data.Narratives[1].PlanElement.ShouldBe("OPD1.S");
        data.Staff.ShouldHaveSingleItem().Count.ShouldBe(11);
        data.Agreements.ShouldHaveSingleItem().Unit.ShouldBe("OPD1");
        data.AgreementPrograms.ShouldHaveSingleItem().BudgetLine.ShouldBe("OPD1.P1");
        data.Comparisons.Count.ShouldBe(3);
        data.BudgetLines.ShouldHaveSingleItem().Quarters.ShouldNotBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_load_of_an_unknown_unit_is_null(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();

        var data = await DatasetLoader.LoadForReportAsync(db, "TIDAK_ADA", 2021);

        data.ShouldBeNull();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_report_load_of_a_province_of_40_units_runs_as_many_queries_as_one_of_a_single_unit(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await ImportAsync(database, Province.Build(40));
        await using (var warm = database.Open())
        {
            await DatasetLoader.LoadForReportAsync(warm, "PROV", 2021);
        }

        var (unit, _) = await LoadAsync(database, "OPD7");
        var (province, elapsed) = await LoadAsync(database, "PROV");

        output.WriteLine($"{provider}: province of 40 units loaded in {elapsed.TotalMilliseconds:0} ms with {province} queries; one unit with {unit}.");
        province.ShouldBeLessThanOrEqualTo(unit);
    }

    static async Task<(int Queries, TimeSpan Elapsed)> LoadAsync(TestDatabase database, string unit)
    {
        var counter = new CommandCounter();
        await using var db = counter.Open(database.Options);
        var clock = Stopwatch.StartNew();
        var data = await DatasetLoader.LoadForReportAsync(db, unit, 2021);
        data.ShouldNotBeNull();
        return (counter.Count, clock.Elapsed);
    }

    static async Task ImportAsync(TestDatabase database, Dataset package)
    {
        await using var db = database.Open();
        var summary = await DatasetImporter.ImportAsync(db, package, "impor", DateTimeOffset.UnixEpoch);
        summary.Refused.ShouldBeFalse();
    }
}
