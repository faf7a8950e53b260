using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

/// <summary>
/// An indicator that takes its realisasi from a recap: the computing loads (a report, the dashboard) count the results
/// of every unit of the installation, not only the units loaded, and an export writes only what is stored.
/// </summary>
public sealed class RecapRealisationLoadTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Setda_counts_the_grades_of_units_outside_its_own_tree_and_exports_none_of_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        db.RecapIndicators.Add(new RecapIndicatorEntity
        {
            IndicatorId = (await db.Indicators.SingleAsync(i => i.Code == "SAKIP_MIN_B")).Id,
            Source = RecapSource.SakipGrade,
            Measure = RecapMeasure.Percent,
            MinGrade = "B",
        });
        // 2022: two perangkat daerah beside Setda (under the province), one at least B.
        db.EvaluationScores.Add(new EvaluationScoreEntity { UnitId = (await db.Units.SingleAsync(u => u.Code == "DISHUB")).Id, Year = 2022, Score = 71m });
        db.EvaluationScores.Add(new EvaluationScoreEntity { UnitId = (await db.Units.SingleAsync(u => u.Code == "DINSOS")).Id, Year = 2022, Score = 55m });
        await db.SaveChangesAsync();

        var report = await DatasetLoader.LoadForReportAsync(db, "SETDA", 2022);
        var setda = await db.Units.SingleAsync(u => u.Code == "SETDA");
        var dashboard = await DatasetLoader.LoadPerformanceAsync(db, setda.Path, descendants: true);
        var export = await DatasetLoader.LoadAsync(db, setda.Path);

        foreach (var data in new[] { report!, dashboard })
        {
            var derived = data.Realisations.Single(r => r.Indicator == "SAKIP_MIN_B" && r.Year == 2022 && r.Period == Period.Annual);
            derived.Value.ShouldBe(50m);
            derived.Note.ShouldNotBeNull().ShouldContain("rekap");
            data.Realisations.Single(r => r.Indicator == "SAKIP_MIN_B" && r.Year == 2021 && r.Period == Period.Annual).Value.ShouldBe(75.68m); // stored wins
        }
        export.Realisations.ShouldNotContain(r => r.Indicator == "SAKIP_MIN_B" && r.Year == 2022);
    }
}
