using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary><c>/api/v1/instansi</c>, <c>/rencana</c>, <c>/indikator</c>: the organisation and plan, within the caller's scope (writes in PerencanaanApi.Writes.cs).</summary>
public static partial class PerencanaanApi
{
    const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapPerencanaanApi(this RouteGroupBuilder api)
    {
        api.MapGet("/instansi", ListUnits).WithTags("Instansi");
        api.MapGet("/instansi/{kode}", GetUnit).WithTags("Instansi");
        api.MapPost("/instansi", CreateUnit).WithTags("Instansi");
        api.MapPut("/instansi/{kode}", UpdateUnit).WithTags("Instansi");
        api.MapGet("/rencana", ListPlan).WithTags("Rencana");
        api.MapGet("/indikator", ListIndicators).WithTags("Indikator");
        api.MapGet("/indikator/{kode}", GetIndicator).WithTags("Indikator");
        api.MapPost("/rencana", CreatePlanElement).WithTags("Rencana");
        api.MapPut("/rencana/{kode}", UpdatePlanElement).WithTags("Rencana");
        api.MapPost("/indikator", CreateIndicator).WithTags("Indikator");
        api.MapPut("/indikator/{kode}", UpdateIndicator).WithTags("Indikator");
        return api;
    }

    /// <summary>Units in scope, optionally only the children of <paramref name="induk"/>; paged by <c>halaman</c> and <c>ukuran</c>.</summary>
    static async Task<Ok<List<UnitJson>>> ListUnits(string? induk, int? halaman, int? ukuran, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        var scope = UnitAccess.Of(http).ScopePath ?? "/-";
        var size = Math.Clamp(ukuran ?? 100, 1, MaxPageSize);
        var query = db.Units.AsNoTracking().WithinPath(scope);
        if (induk is not null)
        {
            query = query.Where(u => u.Parent != null && u.Parent.Code == induk);
        }
        var units = await query.OrderBy(u => u.Id).Skip((Math.Max(halaman ?? 1, 1) - 1) * size).Take(size)
            .Select(u => new UnitJson(u.Code, u.Name, u.Parent != null ? u.Parent.Code : null, u.Kind, u.ShortName, u.Version)).ToListAsync(ct);
        return TypedResults.Ok(units);
    }

    static async Task<Results<Ok<UnitJson>, NotFound>> GetUnit(string kode, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), kode, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        var json = await db.Units.AsNoTracking().Where(u => u.Id == unit.Id)
            .Select(u => new UnitJson(u.Code, u.Name, u.Parent != null ? u.Parent.Code : null, u.Kind, u.ShortName, u.Version)).SingleAsync(ct);
        EntityTags.Set(http, json.Version ?? 0);
        return TypedResults.Ok(json);
    }

    static async Task<Results<Ok<List<PlanElementJson>>, NotFound>> ListPlan(string? instansi, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.PlanElements.AsNoTracking().Where(p => p.UnitId == unit.Id).OrderBy(p => p.Id)
            .Select(p => new PlanElementJson(p.Code, unit.Code, p.Kind, p.Parent != null ? p.Parent.Code : null, p.Statement, p.PeriodStart, p.PeriodEnd, p.Version))
            .ToListAsync(ct));
    }

    static async Task<Results<Ok<List<IndicatorJson>>, NotFound>> ListIndicators(string? instansi, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await Indicators(db.Indicators.Where(i => i.PlanElement.UnitId == unit.Id)).ToListAsync(ct));
    }

    static async Task<Results<Ok<IndicatorJson>, NotFound>> GetIndicator(string kode, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await IndicatorLookup.ResolveAsync(db, UnitAccess.Of(http), kode, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }
        var json = await Indicators(db.Indicators.Where(i => i.Id == found.Id)).SingleAsync(ct);
        EntityTags.Set(http, json.Version ?? 0);
        return TypedResults.Ok(json);
    }

    static IQueryable<IndicatorJson> Indicators(IQueryable<Data.Planning.IndicatorEntity> indicators) =>
        indicators.AsNoTracking().OrderBy(i => i.Order).ThenBy(i => i.Id).Select(i => new IndicatorJson(
            i.Code, i.PlanElement.Code, i.Name, i.Measure, i.Direction, i.Aggregation, i.IsKey, i.Formula, i.Numerator, i.Denominator, i.DataSource, i.Responsible, i.Order,
            i.Version, i.EvidenceRequired));

    public sealed record UnitJson(
        [property: JsonPropertyName("kode")] string Code,
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("induk")] string? Parent,
        [property: JsonPropertyName("jenis"), JsonConverter(typeof(CodeJsonConverter<Core.Organisation.UnitKind>))] Core.Organisation.UnitKind Kind,
        [property: JsonPropertyName("singkatan")] string? ShortName,
        [property: JsonPropertyName("versi")] int? Version = null);

    public sealed record PlanElementJson(
        [property: JsonPropertyName("kode")] string Code,
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("jenis"), JsonConverter(typeof(CodeJsonConverter<Core.Planning.PlanElementKind>))] Core.Planning.PlanElementKind? Kind,
        [property: JsonPropertyName("induk")] string? Parent,
        [property: JsonPropertyName("uraian")] string Statement,
        [property: JsonPropertyName("periode_awal")] int? PeriodStart,
        [property: JsonPropertyName("periode_akhir")] int? PeriodEnd,
        [property: JsonPropertyName("versi")] int? Version = null);

    public sealed record IndicatorJson(
        [property: JsonPropertyName("kode")] string Code,
        [property: JsonPropertyName("rencana")] string PlanElement,
        [property: JsonPropertyName("uraian")] string Name,
        [property: JsonPropertyName("satuan")] string? Measure,
        [property: JsonPropertyName("arah"), JsonConverter(typeof(CodeJsonConverter<Core.Planning.Direction>))] Core.Planning.Direction? Direction,
        [property: JsonPropertyName("agregasi"), JsonConverter(typeof(CodeJsonConverter<Core.Planning.Aggregation>))] Core.Planning.Aggregation? Aggregation,
        [property: JsonPropertyName("iku")] bool IsKey,
        [property: JsonPropertyName("formula")] string? Formula,
        [property: JsonPropertyName("pembilang")] string? Numerator,
        [property: JsonPropertyName("penyebut")] string? Denominator,
        [property: JsonPropertyName("sumber_data")] string? DataSource,
        [property: JsonPropertyName("penanggung_jawab")] string? Responsible,
        [property: JsonPropertyName("urutan")] int? Order,
        [property: JsonPropertyName("versi")] int? Version = null,
        [property: JsonPropertyName("bukti_wajib")] bool EvidenceRequired = false);
}
