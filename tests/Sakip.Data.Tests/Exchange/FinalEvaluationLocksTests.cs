using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation;
using Sakip.Data.Evaluation;
using Sakip.Data.Exchange;
using Sakip.Packages;

namespace Sakip.Data.Tests.Exchange;

/// <summary>
/// A package against an LHE issued in Sakip: the final evaluation's scores and recommendations stay as issued, and a
/// recommendation followed up in Sakip keeps the status its actions give it.
/// </summary>
public sealed class FinalEvaluationLocksTests
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    /// <summary>The sample imported, with Setda's 2020 evaluation made final and its recommendations issued by it.</summary>
    static async Task<TestDatabase> IssuedAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Open();
        await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch);
        var template = new LkeTemplateEntity { Code = "uji", Version = 1, Name = "Uji", Json = "{}" };
        db.LkeTemplates.Add(template);
        await db.SaveChangesAsync();
        var setda = await db.Units.SingleAsync(u => u.Code == "SETDA");
        var evaluation = new EvaluationEntity { UnitId = setda.Id, Year = 2020, TemplateId = template.Id, Status = EvaluationStatus.Final };
        db.Evaluations.Add(evaluation);
        await db.SaveChangesAsync();
        await db.Recommendations.Where(r => r.UnitId == setda.Id && r.Year == 2020).ExecuteUpdateAsync(s => s.SetProperty(r => r.EvaluationId, evaluation.Id));
        return database;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_package_repeating_the_lhe_is_accepted_and_one_changing_it_is_refused_at_its_rows(DatabaseProvider provider)
    {
        await using var database = await IssuedAsync(provider);
        await using var db = database.Open();
        var package = PackageReader.Read(Sample).Data!;
        var changed = package with
        {
            Evaluations = [.. package.Evaluations.Select(e => e is { Unit: "SETDA", Year: 2020, IsFinal: true } ? e with { Score = 60m } : e)],
            Recommendations = [.. package.Recommendations.Select(r => r.Number == "1.a" ? r with { Text = "Teks lain" } : r)],
        };

        (await DatasetImporter.ImportAsync(db, package, "impor", DateTimeOffset.UnixEpoch)).Refused.ShouldBeFalse();
        var refused = await DatasetImporter.ImportAsync(db, changed, "impor", DateTimeOffset.UnixEpoch);

        refused.Locked!.Select(p => p.Message).ShouldBe(
        [
            "Nilai evaluasi SETDA tahun 2020 berasal dari LHE yang sudah final; paket tidak boleh mengubahnya.",
            "Rekomendasi 1.a SETDA tahun 2020: LHE-nya sudah final; paket tidak boleh mengubah atau menambah rekomendasinya.",
        ]);
        refused.Locked![0].Field.ShouldStartWith("evaluasi.csv:");
        (await db.EvaluationScores.AsNoTracking().CountAsync(s => s.Score == 60m)).ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_recommendation_followed_up_in_sakip_keeps_the_status_its_actions_give(DatabaseProvider provider)
    {
        await using var database = await IssuedAsync(provider);
        await using var db = database.Open();
        var recommendation = await db.Recommendations.SingleAsync(r => r.Number == "3.g");
        db.FollowUpActions.Add(new FollowUpActionEntity { RecommendationId = recommendation.Id, Plan = "Kaitkan IKU", Status = FollowUpStatus.Done, Result = "Sudah dikaitkan" });
        recommendation.Status = FollowUpStatus.Done;
        recommendation.FollowUp = "Sudah dikaitkan";
        await db.SaveChangesAsync();

        (await DatasetImporter.ImportAsync(db, PackageReader.Read(Sample).Data!, "impor", DateTimeOffset.UnixEpoch)).Refused.ShouldBeFalse();

        var after = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Number == "3.g");
        after.Status.ShouldBe(FollowUpStatus.Done); // the package says belum (Akan diusulkan)
        after.FollowUp.ShouldBe("Sudah dikaitkan");
    }
}
