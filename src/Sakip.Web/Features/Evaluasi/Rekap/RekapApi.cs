using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Evaluation.Skm;
using Sakip.Core.Explaining;
using Sakip.Data;
using Sakip.Web.Features.Pengukuran;
using Sakip.Web.Infrastructure;
using Sakip.Data.Evaluation;

namespace Sakip.Web.Features.Evaluasi.Rekap;

/// <summary>
/// <c>/api/v1/evaluasi/rekap/{tahun}</c> and <c>/api/v1/evaluasi/skm/{tahun}</c>: the recaps of the Evaluasi pages, over
/// the caller's scope (the whole installation for Admin and Evaluator), with every figure's explanation.
/// </summary>
public static class RekapApi
{
    public static RouteGroupBuilder MapRekapApi(this RouteGroupBuilder api)
    {
        api.MapGet("/evaluasi/rekap/{tahun:int}", GetRecap).WithTags("Evaluasi");
        api.MapGet("/evaluasi/skm/{tahun:int}", GetSkm).WithTags("Evaluasi");
        return api;
    }

    static async Task<Results<Ok<RecapJson>, NotFound>> GetRecap(int tahun, string? kelompok, HttpContext http, SakipDb db, CancellationToken ct)
    {
        if (!DataYears.IsPlausible(tahun) || UnitAccess.Of(http).ScopePath is not { } scope)
        {
            return TypedResults.NotFound();
        }
        var source = await RecapData.LoadAsync(db, scope, ct);
        var group = source.Group(kelompok);
        if (kelompok is not null && group is null)
        {
            return TypedResults.NotFound();
        }
        var r = EvaluationRanking.For(tahun, source.Data.Evaluations, source.Data.ScaleSet().SakipGrade, group);
        return TypedResults.Ok(new RecapJson(tahun, kelompok, r.Units.Count, r.Current.Mean.Value, r.Current.MeanGrade?.Label, r.MeanChange.Value,
            Explain("Rata-rata", r.Current.Mean), Explain("Perubahan rata-rata", r.MeanChange),
            [.. r.Levels.Select(l => new LevelJson(l.Grade, l.Count, l.Share.Value, Explain("Persentase", l.Share, "%")))],
            [.. r.Units.Select(u => new RankedJson(u.Rank, u.Unit, source.Name(u.Unit), u.Score, u.Grade?.Label, u.PreviousScore, u.Change.Value, Explain("Perubahan", u.Change)))]));
    }

    static async Task<Results<Ok<SkmJson>, NotFound, ValidationProblem>> GetSkm(int tahun, decimal? ambang, HttpContext http, SakipDb db, CancellationToken ct)
    {
        if (!DataYears.IsPlausible(tahun) || UnitAccess.Of(http).ScopePath is not { } scope)
        {
            return TypedResults.NotFound();
        }
        if (ambang is < 0m or > 100m)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ambang"] = ["Ambang IKM harus antara 0 dan 100."] });
        }
        var source = await RecapData.LoadAsync(db, scope, ct);
        var recap = SkmRecap.For(tahun, source.Data.SkmResults, source.Data.SkmResponses, source.Data.ScaleSet().IkmQuality, ambang ?? SkmRecap.DefaultThreshold);
        return TypedResults.Ok(new SkmJson(tahun, recap.Threshold, recap.Services.Count(s => s.Ikm.Value is not null), recap.Above, recap.ShareAbove.Value, recap.MeanIkm.Value,
            Explain("Persentase", recap.ShareAbove, "%"), Explain("Rata-rata IKM", recap.MeanIkm),
            [.. recap.Services.Select(s => new ServiceJson(s.Unit, source.Name(s.Unit), s.Service, s.Elements, s.Respondents, s.FromResponses, s.Ikm.Value, s.Quality?.Label, Explain("IKM", s.Ikm)))]));
    }

    static ExplanationJson Explain(string name, Explained<decimal?> figure, string unit = "") => new(
        figure.Method, ExplanationText.Symbolic(figure), ExplanationText.Sentence(name, figure, Formats.Id, unit),
        [.. figure.Inputs.Select(i => new InputJson(i.Symbol, i.Label, i.Value))], figure.Note);

    public sealed record RecapJson(
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("kelompok")] string? Group,
        [property: JsonPropertyName("jumlah")] int Count,
        [property: JsonPropertyName("rata_rata")] decimal? Mean,
        [property: JsonPropertyName("predikat_rata_rata")] string? MeanGrade,
        [property: JsonPropertyName("perubahan_rata_rata")] decimal? MeanChange,
        [property: JsonPropertyName("penjelasan_rata_rata")] ExplanationJson MeanExplanation,
        [property: JsonPropertyName("penjelasan_perubahan_rata_rata")] ExplanationJson MeanChangeExplanation,
        [property: JsonPropertyName("minimal")] IReadOnlyList<LevelJson> Levels,
        [property: JsonPropertyName("instansi")] IReadOnlyList<RankedJson> Units);

    public sealed record LevelJson(
        [property: JsonPropertyName("predikat")] string Grade,
        [property: JsonPropertyName("jumlah")] int Count,
        [property: JsonPropertyName("persen")] decimal? Percent,
        [property: JsonPropertyName("penjelasan")] ExplanationJson Explanation);

    public sealed record RankedJson(
        [property: JsonPropertyName("peringkat")] int Rank,
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("nilai")] decimal Score,
        [property: JsonPropertyName("predikat")] string? Grade,
        [property: JsonPropertyName("nilai_tahun_lalu")] decimal? PreviousScore,
        [property: JsonPropertyName("perubahan")] decimal? Change,
        [property: JsonPropertyName("penjelasan_perubahan")] ExplanationJson ChangeExplanation);

    public sealed record SkmJson(
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("ambang")] decimal Threshold,
        [property: JsonPropertyName("jumlah_layanan")] int Services,
        [property: JsonPropertyName("di_atas_ambang")] int Above,
        [property: JsonPropertyName("persen_di_atas_ambang")] decimal? Share,
        [property: JsonPropertyName("rata_rata_ikm")] decimal? MeanIkm,
        [property: JsonPropertyName("penjelasan_persen")] ExplanationJson ShareExplanation,
        [property: JsonPropertyName("penjelasan_rata_rata")] ExplanationJson MeanExplanation,
        [property: JsonPropertyName("layanan")] IReadOnlyList<ServiceJson> Items);

    public sealed record ServiceJson(
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("nama_instansi")] string UnitName,
        [property: JsonPropertyName("layanan")] string Service,
        [property: JsonPropertyName("unsur")] IReadOnlyList<decimal> Elements,
        [property: JsonPropertyName("responden")] int? Respondents,
        [property: JsonPropertyName("dari_jawaban")] bool FromResponses,
        [property: JsonPropertyName("ikm")] decimal? Ikm,
        [property: JsonPropertyName("mutu")] string? Quality,
        [property: JsonPropertyName("penjelasan")] ExplanationJson Explanation);
}
