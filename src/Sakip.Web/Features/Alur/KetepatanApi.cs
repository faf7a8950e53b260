using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sakip.Core.Fields;
using Sakip.Core.Workflow;
using Sakip.Core.Workflow.Schedules;
using Sakip.Data;
using Sakip.Reports.Workflow;
using Sakip.Web.Features.Pengukuran;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Alur;

/// <summary><c>GET /api/v1/alur/ketepatan/{tahun}</c>: the timeliness record of the page, over the caller's scope, with each score explained.</summary>
public static class KetepatanApi
{
    public static RouteGroupBuilder MapKetepatanApi(this RouteGroupBuilder api)
    {
        api.MapGet("/alur/ketepatan/{tahun:int}", Get).WithTags("Alur");
        return api;
    }

    static async Task<Results<Ok<RecordJson>, NotFound, ForbidHttpResult>> Get(int tahun, HttpContext http, SakipDb db, TimeProvider clock, CancellationToken ct)
    {
        if (!KetepatanData.MayRead(http))
        {
            return TypedResults.Forbid();
        }
        if (!YearRule.IsValid(tahun))
        {
            return TypedResults.NotFound();
        }
        var t = await KetepatanData.LoadAsync(db, UnitAccess.Of(http).ScopePath!, tahun, clock.GetUtcNow(), ct);
        var zone = IndonesianTimeZones.Find(t.Zone)!;
        return TypedResults.Ok(new RecordJson(t.Year, t.Zone,
            [.. t.Columns.Select(c => new ScheduleJson(c.Key, CycleObjects.Code(c.Kind), TimelinessTable.PeriodCode(c.Period), c.Name(t.Year),
                Day(c.Window.OpensOn), Day(c.Window.ClosesOn), c.Window.ClosesAfter(zone), ScheduleText.Closes(c.Window.ClosesOn, zone), ScheduleText.PolicyCode(c.Window.Policy)))],
            [.. t.Units.Select(u => new UnitJson(u.Rank, u.Code, u.Name, u.Score.Value, Explain(u.Score),
                u.Count(TimelinessStatus.OnTime), u.Count(TimelinessStatus.Late), u.Count(TimelinessStatus.Missing), u.Count(TimelinessStatus.NotDue),
                [.. u.Cells.Select((cell, i) => new StatusJson(t.Columns[i].Key, Timeliness.Code(cell.Status), cell.SubmittedAt))]))]));
    }

    static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    static ExplanationJson Explain(Core.Explaining.Explained<decimal?> score) => new(
        score.Method, Core.Explaining.ExplanationText.Symbolic(score), Formats.Explain("Nilai", score),
        [.. score.Inputs.Select(i => new InputJson(i.Symbol, i.Label, i.Value))], score.Note);

    public sealed record RecordJson(
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("zona")] string Zone,
        [property: JsonPropertyName("jadwal")] IReadOnlyList<ScheduleJson> Schedules,
        [property: JsonPropertyName("instansi")] IReadOnlyList<UnitJson> Units);

    /// <param name="ClosesAfter">The first instant after the window (UTC): a submission at or after it is late.</param>
    public sealed record ScheduleJson(
        [property: JsonPropertyName("kunci")] string Key,
        [property: JsonPropertyName("objek")] string Kind,
        [property: JsonPropertyName("periode")] string Period,
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("dibuka")] string? OpensOn,
        [property: JsonPropertyName("ditutup")] string? ClosesOn,
        [property: JsonPropertyName("terlambat_sejak")] DateTimeOffset ClosesAfter,
        [property: JsonPropertyName("batas")] string Deadline,
        [property: JsonPropertyName("kebijakan")] string Policy);

    public sealed record UnitJson(
        [property: JsonPropertyName("peringkat")] int? Rank,
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("nilai")] decimal? Score,
        [property: JsonPropertyName("penjelasan")] ExplanationJson Explanation,
        [property: JsonPropertyName("tepat")] int OnTime,
        [property: JsonPropertyName("terlambat")] int Late,
        [property: JsonPropertyName("tidak_ada")] int Missing,
        [property: JsonPropertyName("belum_jatuh_tempo")] int NotDue,
        [property: JsonPropertyName("status")] IReadOnlyList<StatusJson> Statuses);

    public sealed record StatusJson(
        [property: JsonPropertyName("kunci")] string Key,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("diajukan")] DateTimeOffset? SubmittedAt);
}
