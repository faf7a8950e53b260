using Microsoft.EntityFrameworkCore;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Evaluation;

/// <summary>SKM and assessment writes on every provider: responses replaced all or nothing, versions, conflicts as results.</summary>
public sealed class SkmWritesTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");
    static readonly DateTimeOffset Now = new(2022, 2, 1, 9, 0, 0, TimeSpan.Zero);

    static async Task<(TestDatabase Database, int Unit)> SampleAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        return (database, await db.Units.Where(u => u.Code == "SETDA").Select(u => u.Id).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Replacing_responses_stores_them_with_their_means_and_a_bad_set_changes_nothing(DatabaseProvider provider)
    {
        var (database, unit) = await SampleAsync(provider);
        await using var _ = database;
        IReadOnlyList<int>[] first = [[4, 4, 4, 4, 4, 4, 4, 4, 4], [2, 4, 4, 4, 4, 4, 4, 4, 4]];
        IReadOnlyList<int>[] second = [[3, 3, 3, 3, 3, 3, 3, 3, 3]];
        IReadOnlyList<int>[] bad = [[3, 3, 3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 0, 3, 3, 3, 3]];

        await using (var db = database.Open())
        {
            (await SkmWrites.ReplaceResponsesAsync(db, unit, 2024, "Layanan A", first, "ani", Now, default)).Saved.ShouldBeTrue();
        }
        await using (var db = database.Open())
        {
            (await SkmWrites.ReplaceResponsesAsync(db, unit, 2024, "Layanan A", second, "budi", Now, default)).Saved.ShouldBeTrue();
        }
        RecapWrite<SkmResultEntity> refused;
        await using (var db = database.Open())
        {
            refused = await SkmWrites.ReplaceResponsesAsync(db, unit, 2024, "Layanan A", bad, "cici", Now, default);
        }

        refused.Problems.Select(p => p.ToString()).ShouldBe(["baris 3, kolom u5: jawaban harus 1, 2, 3 atau 4, tertulis 0"]);
        await using var check = database.Open();
        var row = await check.SkmResults.AsNoTracking().SingleAsync();
        (row.U1, row.U9, row.Respondents, row.UpdatedBy).ShouldBe((3m, 3m, 1, "budi"));
        (await check.SkmResponses.AsNoTracking().Select(r => r.Answers).ToListAsync()).ShouldBe(["333333333"]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Means_saved_from_an_older_version_are_a_conflict_and_means_of_a_surveyed_service_are_refused(DatabaseProvider provider)
    {
        var (database, unit) = await SampleAsync(provider);
        await using var _ = database;
        decimal?[] means = [3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m, 3m];
        await using var db = database.Open();
        var created = await SkmWrites.SaveMeansAsync(db, unit, 2025, null, "Layanan B", means, 10, null, "ani", Now, default);
        var changed = await SkmWrites.SaveMeansAsync(db, unit, 2025, created.Row!.Id, "Layanan B", [.. means.Select(m => m + 0.5m)], 10, 1, "budi", Now, default);

        await using var other = database.Open();
        var stale = await SkmWrites.SaveMeansAsync(other, unit, 2025, created.Row.Id, "Layanan B", means, 10, 1, "ani", Now, default);
        await SkmWrites.ReplaceResponsesAsync(other, unit, 2025, "Layanan C", [[4, 4, 4, 4, 4, 4, 4, 4, 4]], "ani", Now, default);
        var surveyed = await other.SkmResults.AsNoTracking().SingleAsync(s => s.Service == "Layanan C");
        var typed = await SkmWrites.SaveMeansAsync(other, unit, 2025, surveyed.Id, "Layanan C", means, 10, surveyed.Version, "ani", Now, default);

        changed.Row!.Version.ShouldBe(2);
        stale.Conflict.ShouldBeTrue();
        stale.Problems.Single().Message.ShouldContain("telah diubah oleh budi");
        typed.Saved.ShouldBeFalse();
        typed.Problems.Single().Message.ShouldStartWith("Nilai unsur layanan ini dihitung dari jawaban responden");
        (await other.SkmResults.AsNoTracking().SingleAsync(s => s.Service == "Layanan B")).U1.ShouldBe(3.5m);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_assessment_kind_is_recorded_once_per_unit_and_year_and_a_stale_edit_is_a_conflict(DatabaseProvider provider)
    {
        var (database, unit) = await SampleAsync(provider);
        await using var _ = database;
        await using var db = database.Open();
        var created = await AssessmentWrites.SaveAsync(db, unit, 2024, null, "Indeks_Kelembagaan ", 72.5m, " B ", null, null, "ani", Now, default);
        var twice = await AssessmentWrites.SaveAsync(db, unit, 2024, null, "indeks_kelembagaan", 70m, null, null, null, "ani", Now, default);
        await AssessmentWrites.SaveAsync(db, unit, 2024, created.Row!.Id, "indeks_kelembagaan", 73m, "B", null, 1, "budi", Now, default);

        await using var other = database.Open();
        var stale = await AssessmentWrites.SaveAsync(other, unit, 2024, created.Row.Id, "indeks_kelembagaan", 74m, "B", null, 1, "ani", Now, default);

        (created.Row.Kind, created.Row.Label).ShouldBe(("indeks_kelembagaan", "B"));
        twice.Problems.Single().Field.ShouldBe(AssessmentWrites.KindField);
        stale.Conflict.ShouldBeTrue();
        (await other.Assessments.AsNoTracking().SingleAsync()).Value.ShouldBe(73m);
    }
}
