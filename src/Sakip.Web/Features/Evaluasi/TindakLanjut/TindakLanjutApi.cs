using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Evaluation;
using Sakip.Core.Scales;
using Sakip.Data;
using Sakip.Reports.Tables;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.TindakLanjut;

/// <summary>
/// <c>/api/v1/evaluasi/{instansi}/rekomendasi?tahun=Y</c>: the recommendations of a unit's LHE year with their status,
/// verification and action plans, and the component scores of the last evaluations with their change from the year
/// before — the numbers of the LKjIP's evaluation table. Within the caller's scope; read only.
/// </summary>
public static class TindakLanjutApi
{
    public static RouteGroupBuilder MapTindakLanjutApi(this RouteGroupBuilder api)
    {
        api.MapGet("/evaluasi/{instansi}/rekomendasi", Get).WithTags("Evaluasi")
            .WithSummary("Rekomendasi hasil evaluasi dan tindak lanjutnya")
            .WithDescription("Rekomendasi LHE tahun `tahun` (bawaan: tahun terakhir yang memiliki rekomendasi) dengan status tindak lanjut, "
                + "verifikasi evaluator dan rencana aksi, serta nilai komponen evaluasi beberapa tahun terakhir dan perubahannya dari tahun sebelumnya.");
        return api;
    }

    /// <param name="instansi">The unit code.</param>
    /// <param name="tahun">The LHE year of the recommendations; default the latest the unit has.</param>
    static async Task<Results<Ok<RecommendationsJson>, NotFound>> Get(string instansi, int? tahun, HttpContext http, SakipDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!DataYears.IsPlausible(tahun) || await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        var years = tahun is null ? await FollowUpQueries.YearsAsync(db, unit.Id, ct) : [];
        var year = tahun ?? (years.Count > 0 ? years[0] : null);
        var recommendations = year is { } y
            ? await FollowUpQueries.ForYearAsync(db, unit.Id, y, DateOnly.FromDateTime(clock.GetLocalNow().Date), ct)
            : [];
        return TypedResults.Ok(new RecommendationsJson(unit.Code, year, [.. recommendations.Select(RecommendationJson.Of)],
            await ScoresAsync(db, unit, year, ct)));
    }

    /// <summary>The unit's evaluation table up to the year, as the LKjIP builds it (<see cref="EvaluationTable.For"/>).</summary>
    static async Task<ScoresJson> ScoresAsync(SakipDb db, UnitRef unit, int? year, CancellationToken ct)
    {
        var scores = await db.EvaluationScores.AsNoTracking().Where(s => s.UnitId == unit.Id).OrderBy(s => s.Id)
            .Select(s => new EvaluationScore(unit.Code, s.Year, s.Component, s.Weight, s.Score, s.PrintedGrade)).ToListAsync(ct);
        var bands = await db.ScaleBands.AsNoTracking().Where(b => b.Scale == BuiltInScales.SakipGradeName).OrderBy(b => b.Order).ToListAsync(ct);
        // The installation's own grade scale (skala.csv) when it has one, as DatasetLoader reads it for the LKjIP.
        var custom = bands.Count == 0 ? null : Scale.Create(BuiltInScales.SakipGradeName, [.. bands.Select(b => new Band(b.Label, b.Lower, b.Upper))], out _);
        var grades = new ScaleSet(custom is null ? [] : [custom]).SakipGrade;
        var table = EvaluationTable.For(scores, unit.Code, year ?? int.MaxValue, grades);
        var years = table.Years;
        return new ScoresJson(years,
            [.. table.Components.Select(c => new ComponentJson(c.Name, c.Weight, [.. years.Select((y, i) => new YearScoreJson(y, c.Scores[i], Change(c.Scores, i)))]))],
            [.. years.Select((y, i) => new FinalJson(y, table.Finals[i].Value, table.Grades[i]?.Label, Change([.. table.Finals.Select(f => f.Value)], i)))]);
    }

    /// <summary>The change from the evaluation before (no value for the first year or when a score is missing); the last equals the table's +/-.</summary>
    static decimal? Change(IReadOnlyList<decimal?> scores, int i) => i > 0 && scores[i] is { } now && scores[i - 1] is { } before ? now - before : null;

    public sealed record RecommendationsJson(
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("tahun")] int? Year,
        [property: JsonPropertyName("rekomendasi")] IReadOnlyList<RecommendationJson> Recommendations,
        [property: JsonPropertyName("nilai")] ScoresJson Scores);

    public sealed record RecommendationJson(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("nomor")] string Number,
        [property: JsonPropertyName("komponen")] string? Component,
        [property: JsonPropertyName("rekomendasi")] string Text,
        [property: JsonPropertyName("tindak_lanjut")] string? FollowUp,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("status_tercetak")] string? PrintedStatus,
        [property: JsonPropertyName("verifikasi")] string Verification,
        [property: JsonPropertyName("diverifikasi_pada")] DateTimeOffset? VerifiedAt,
        [property: JsonPropertyName("diverifikasi_oleh")] string? VerifiedBy,
        [property: JsonPropertyName("catatan_verifikasi")] string? VerificationNote,
        [property: JsonPropertyName("versi")] int Version,
        [property: JsonPropertyName("rencana_aksi")] IReadOnlyList<ActionJson> Actions)
    {
        public static RecommendationJson Of(FollowUpQueries.RecommendationView r) => new(
            r.Id, r.Number, r.Component, r.Text, r.FollowUp, r.Status is { } s ? Codes.Of(s) : null, r.PrintedStatus,
            FollowUpLabels.VerificationCode(r.Verification), r.VerifiedAt, r.VerifiedBy, r.VerificationNote, r.Version,
            [.. r.Actions.Select(a => new ActionJson(a.Id, a.Plan, a.Responsible, a.DueDate, Codes.Of(a.Status), a.Result, a.Overdue, a.Evidence, a.Version))]);
    }

    public sealed record ActionJson(
        [property: JsonPropertyName("id")] int Id,
        [property: JsonPropertyName("rencana")] string Plan,
        [property: JsonPropertyName("penanggung_jawab")] string? Responsible,
        [property: JsonPropertyName("batas_waktu")] DateOnly? DueDate,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("hasil")] string? Result,
        [property: JsonPropertyName("terlambat")] bool Overdue,
        [property: JsonPropertyName("jumlah_bukti")] int Evidence,
        [property: JsonPropertyName("versi")] int Version);

    public sealed record ScoresJson(
        [property: JsonPropertyName("tahun")] IReadOnlyList<int> Years,
        [property: JsonPropertyName("komponen")] IReadOnlyList<ComponentJson> Components,
        [property: JsonPropertyName("nilai_akhir")] IReadOnlyList<FinalJson> Finals);

    public sealed record ComponentJson(
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("bobot")] decimal? Weight,
        [property: JsonPropertyName("nilai")] IReadOnlyList<YearScoreJson> Scores);

    public sealed record YearScoreJson(
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("nilai")] decimal? Score,
        [property: JsonPropertyName("perubahan")] decimal? Change);

    public sealed record FinalJson(
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("nilai")] decimal? Score,
        [property: JsonPropertyName("predikat")] string? Grade,
        [property: JsonPropertyName("perubahan")] decimal? Change);
}
