using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Data;
using Sakip.Data.Concurrency;
using Sakip.Data.Measurement;
using Sakip.Packages.Values;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Pengukuran;

/// <summary><c>/api/v1/target</c>, <c>/realisasi</c>, <c>/capaian</c>: measurement, read and write, within the caller's scope.</summary>
public static class PengukuranApi
{
    public static RouteGroupBuilder MapPengukuranApi(this RouteGroupBuilder api)
    {
        api.MapGet("/target", ListTargets).WithTags("Target");
        api.MapPut("/target", PutTarget).WithTags("Target");
        api.MapGet("/realisasi", ListRealisations).WithTags("Realisasi");
        api.MapGet("/realisasi/{indikator}/{tahun:int}/{periode}", GetRealisation).WithTags("Realisasi");
        api.MapPut("/realisasi", PutRealisation).WithTags("Realisasi");
        api.MapGet("/capaian", ListCapaian).WithTags("Capaian");
        api.MapGet("/capaian/pratinjau", Preview).WithTags("Capaian").ExcludeFromDescription();
        return api;
    }

    static async Task<Results<Ok<List<TargetJson>>, NotFound>> ListTargets(string indikator, int? tahun, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await IndicatorLookup.ResolveAsync(db, UnitAccess.Of(http), indikator, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.Targets.AsNoTracking().Where(t => t.IndicatorId == found.Id && (tahun == null || t.Year == tahun))
            .OrderBy(t => t.Year).ThenBy(t => t.Id).Select(t => new TargetJson(found.Code, t.Year, t.Kind, t.Value, t.Max, t.Text, t.Version)).ToListAsync(ct));
    }

    /// <remarks>If-Match (or <c>versi</c>) makes the write conditional; a target that feeds an approved capaian is locked (409).</remarks>
    static async Task<Results<Ok<TargetJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> PutTarget(
        TargetJson body, string? konfirmasi, HttpContext http, SakipDb db, TimeProvider clock, CancellationToken ct)
    {
        var access = UnitAccess.Of(http);
        if (await IndicatorLookup.ResolveAsync(db, access, body.Indicator, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }
        if (!access.CanEditPerformance(found.Unit.Path))
        {
            return TypedResults.Forbid();
        }
        var problems = TargetChecks.Check(found.Code, body.Year, body.Kind, body.Value, body.Max, body.Text, found.Measure);
        if (Confirmation.Blocks(problems, Confirmation.Confirmed(konfirmasi)) || body.Kind is not { } kind)
        {
            return TypedResults.ValidationProblem(Confirmation.Errors(problems), title: "Data target tidak valid.");
        }
        var row = await db.Targets.FirstOrDefaultAsync(t => t.IndicatorId == found.Id && t.Year == body.Year && t.Kind == kind, ct);
        if (EntityTags.Expected(http, body.Version) is { } expected && expected != (row?.Version ?? 0))
        {
            return EntityTags.Conflict(TargetConflict.With(row, kind, body.Year));
        }
        if ((row?.Value, row?.Max, row?.Text) != (body.Value, body.Max, body.Text)
            && await ApprovalLocks.ForTargetAsync(db, found.Id, body.Year, kind, access.IsAdmin, "nilai", ct) is { } locked)
        {
            return EntityTags.Conflict(locked);
        }
        if (row is null)
        {
            row = new TargetEntity { IndicatorId = found.Id, Year = body.Year, Kind = kind };
            db.Targets.Add(row);
        }
        else
        {
            db.Expect(row, EntityTags.Expected(http, body.Version));
        }
        (row.Value, row.Max, row.Text) = (body.Value, body.Max, body.Text);
        (row.UpdatedAt, row.UpdatedBy) = (clock.GetUtcNow(), access.DisplayName);
        if (!await db.TrySaveChangesAsync(ct))
        {
            var winner = await db.Targets.AsNoTracking().FirstOrDefaultAsync(t => t.IndicatorId == found.Id && t.Year == body.Year && t.Kind == kind, ct);
            return EntityTags.Conflict(TargetConflict.With(winner, kind, body.Year));
        }
        EntityTags.Set(http, row.Version);
        return TypedResults.Ok(body with { Indicator = found.Code, Version = row.Version });
    }

    static async Task<Results<Ok<List<RealisationJson>>, NotFound>> ListRealisations(string indikator, int? tahun, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await IndicatorLookup.ResolveAsync(db, UnitAccess.Of(http), indikator, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await db.Realisations.AsNoTracking().Where(r => r.IndicatorId == found.Id && (tahun == null || r.Year == tahun))
            .OrderBy(r => r.Year).ThenBy(r => r.Id)
            .Select(r => new RealisationJson(found.Code, r.Year, r.Period, r.Value, r.Text, r.Note, r.SupportingFactors, r.InhibitingFactors, r.Solutions, null, null, r.Status, r.Version))
            .ToListAsync(ct));
    }

    /// <summary>One realisation with its ETag (its version), for a later conditional PUT.</summary>
    /// <remarks>Read from the primary, not the reporting replica: a version read from a replica may already be behind.</remarks>
    static async Task<Results<Ok<RealisationJson>, NotFound>> GetRealisation(string indikator, int tahun, string periode, HttpContext http, SakipDb db, CancellationToken ct)
    {
        if (await IndicatorLookup.ResolveAsync(db, UnitAccess.Of(http), indikator, ct) is not { } found || Codes.Parse<Period>(periode) is not { } period)
        {
            return TypedResults.NotFound();
        }
        var row = await db.Realisations.AsNoTracking().FirstOrDefaultAsync(r => r.IndicatorId == found.Id && r.Year == tahun && r.Period == period, ct);
        if (row is null)
        {
            return TypedResults.NotFound();
        }
        var components = await db.Components.AsNoTracking().Where(c => c.IndicatorId == found.Id && c.Year == tahun && c.Period == period).ToListAsync(ct);
        EntityTags.Set(http, row.Version);
        return TypedResults.Ok(new RealisationJson(found.Code, row.Year, row.Period, row.Value, row.Text, row.Note, row.SupportingFactors, row.InhibitingFactors,
            row.Solutions, components.FirstOrDefault(c => c.Kind == ComponentKind.Numerator)?.Value,
            components.FirstOrDefault(c => c.Kind == ComponentKind.Denominator)?.Value, row.Status, row.Version));
    }

    static async Task<Results<Ok<CapaianJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> PutRealisation(
        RealisationJson body, string? konfirmasi, HttpContext http, SakipDb db, TimeProvider clock, CancellationToken ct)
    {
        var access = UnitAccess.Of(http);
        if (await IndicatorLookup.ResolveAsync(db, access, body.Indicator, ct) is not { } found)
        {
            return TypedResults.NotFound();
        }
        if (!access.CanEditPerformance(found.Unit.Path))
        {
            return TypedResults.Forbid();
        }
        if (body.Period is not { } period)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["periode"] = [$"Periode wajib diisi: {string.Join(", ", Codes.All<Period>())}."] },
                title: "Data realisasi tidak valid.");
        }
        var values = new RealisationEntry.Values(
            body.Value, body.Text, body.Numerator, body.Denominator, body.SupportingFactors, body.InhibitingFactors, body.Solutions, body.Note,
            Confirmation.Confirmed(konfirmasi));
        var (outcome, problems, version) = await RealisationEntry.SaveAsync(
            db, found, body.Year, period, values, EntityTags.Expected(http, body.Version), access, clock.GetUtcNow(), ct);
        var errors = Confirmation.Errors(problems);
        return outcome switch
        {
            RealisationEntry.Outcome.Invalid => TypedResults.ValidationProblem(errors, title: "Data realisasi tidak valid."),
            RealisationEntry.Outcome.Locked => TypedResults.Conflict(new HttpValidationProblemDetails(errors) { Title = "Realisasi terkunci.", Status = 409 }),
            RealisationEntry.Outcome.Conflict => EntityTags.Conflict(problems),
            RealisationEntry.Outcome.Saved => Saved(http, version, (await UnitPerformance.LoadAsync(db, found.Unit, ct)).Calculator.For(found.Code, body.Year, period)),
        };
    }

    static Ok<CapaianJson> Saved(HttpContext http, int version, CapaianResult result)
    {
        EntityTags.Set(http, version);
        return TypedResults.Ok(CapaianJson.From(result));
    }

    /// <summary>Capaian of a unit's indicators (or one indicator) for a year, every period with a target or realisation, explained.</summary>
    static async Task<Results<Ok<List<CapaianJson>>, NotFound>> ListCapaian(
        string? instansi, string? indikator, int tahun, HttpContext http, ReportingDb reporting, UnitResultCache cache, CancellationToken ct)
    {
        var db = reporting.Db;
        var access = UnitAccess.Of(http);
        var indicator = indikator is null ? null : await IndicatorLookup.ResolveAsync(db, access, indikator, ct);
        var unit = indicator?.Unit ?? (indikator is null ? await UnitLookup.ResolveAsync(db, access, instansi, ct) : null);
        if (unit is null)
        {
            return TypedResults.NotFound();
        }
        var performance = await cache.PerformanceAsync(db, unit, ct);
        var results = performance.Indicators.Where(i => indicator is null || i.Code == indicator.Code)
            .SelectMany(i => Periods.All.Select(p => performance.Calculator.For(i.Code, tahun, p)))
            .Where(r => r.Target is not null || r.Realisation.Value is not null)
            .Select(CapaianJson.From).ToList();
        return TypedResults.Ok(results);
    }

    /// <summary>The capaian a realisation being typed would give, computed by Core; the entry form calls this as the user types.</summary>
    static async Task<Results<Ok<PreviewJson>, NotFound, ValidationProblem>> Preview(
        string indikator, int tahun, string periode, string? realisasi, string? pembilang, string? penyebut, HttpContext http, SakipDb db, UnitResultCache cache,
        CancellationToken ct)
    {
        if (await IndicatorLookup.ResolveAsync(db, UnitAccess.Of(http), indikator, ct) is not { } found || Codes.Parse<Period>(periode) is not { } period)
        {
            return TypedResults.NotFound();
        }
        var value = NumberReader.Read(realisasi, NumberConvention.Indonesian);
        var p = NumberReader.Read(pembilang, NumberConvention.Indonesian);
        var q = NumberReader.Read(penyebut, NumberConvention.Indonesian);
        if ((value.Problem ?? p.Problem ?? q.Problem) is { } problem)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["realisasi"] = [problem] });
        }
        var performance = await cache.PerformanceAsync(db, found.Unit, ct);
        var (target, basis) = performance.Calculator.TargetFor(found.Code, tahun, period);
        var actual = found.IsRatio && p.Value is { } n && q.Value is { } d ? RatioRule.Compute(n, d).Value : value.Value;
        var capaian = CapaianRule.Compute(target, actual, found.Direction);
        var category = capaian.Value is { } c ? performance.Calculator.Index.Scales.CapaianCategory.Classify(c)?.Label : null;
        return TypedResults.Ok(new PreviewJson(actual, capaian.Value, Formats.Percent(capaian.Value) + (capaian.Value is null ? "" : " %"), category,
            $"{basis ?? "Tidak ada target"} · {Formats.Explain("Capaian", capaian, "%")}"));
    }

    public sealed record TargetJson(
        [property: JsonPropertyName("indikator")] string Indicator,
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("jenis"), JsonConverter(typeof(CodeJsonConverter<TargetKind>))] TargetKind? Kind,
        [property: JsonPropertyName("nilai")] decimal? Value,
        [property: JsonPropertyName("nilai_maks")] decimal? Max,
        [property: JsonPropertyName("teks")] string? Text,
        [property: JsonPropertyName("versi")] int? Version = null);

    public sealed record RealisationJson(
        [property: JsonPropertyName("indikator")] string Indicator,
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("periode"), JsonConverter(typeof(CodeJsonConverter<Period>))] Period? Period,
        [property: JsonPropertyName("nilai")] decimal? Value,
        [property: JsonPropertyName("teks")] string? Text,
        [property: JsonPropertyName("catatan")] string? Note,
        [property: JsonPropertyName("faktor_pendukung")] string? SupportingFactors,
        [property: JsonPropertyName("faktor_penghambat")] string? InhibitingFactors,
        [property: JsonPropertyName("solusi")] string? Solutions,
        [property: JsonPropertyName("pembilang")] decimal? Numerator,
        [property: JsonPropertyName("penyebut")] decimal? Denominator,
        [property: JsonPropertyName("status"), JsonConverter(typeof(JsonStringEnumConverter<ApprovalStatus>))] ApprovalStatus? Status = null,
        [property: JsonPropertyName("versi")] int? Version = null);

    public sealed record PreviewJson(
        [property: JsonPropertyName("realisasi")] decimal? Realisation,
        [property: JsonPropertyName("capaian")] decimal? Capaian,
        [property: JsonPropertyName("capaian_tampil")] string CapaianText,
        [property: JsonPropertyName("kategori")] string? Category,
        [property: JsonPropertyName("penjelasan")] string Explanation);
}
