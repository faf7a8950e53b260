using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Organisation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// Adding and changing units through the API (Admin only) with the Admin page's checks (<see cref="UnitWrites"/>);
/// field errors are keyed by the package column names.
/// </summary>
public static partial class PerencanaanApi
{
    const string InvalidUnit = "Data instansi tidak valid.";

    static async Task<Results<Created<UnitJson>, NotFound, ForbidHttpResult, ValidationProblem>> CreateUnit(
        UnitInputJson body, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var access = UnitAccess.Of(http);
        if (!access.IsAdmin)
        {
            // Only an Admin adds units; others learn nothing about a parent outside their scope (404, not 403).
            var hidden = !string.IsNullOrWhiteSpace(body.Parent) && await UnitLookup.ResolveAsync(db, access, body.Parent.Trim(), ct) is null;
            return hidden ? TypedResults.NotFound() : TypedResults.Forbid();
        }
        var (saved, problems) = await UnitWrites.CreateAsync(db, body.ToDraft(), ct);
        if (saved is null)
        {
            return Invalid(problems, InvalidUnit);
        }
        var json = await UnitAsync(db, saved.Id, ct);
        EntityTags.Set(http, json.Version ?? 0);
        return TypedResults.Created($"/api/v1/instansi/{Uri.EscapeDataString(saved.Code)}", json);
    }

    /// <summary>Changes nama, singkatan, jenis and induk; <c>kode</c> in the body must be the unit's own or absent.</summary>
    static async Task<Results<Ok<UnitJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> UpdateUnit(
        string kode, UnitInputJson body, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var access = UnitAccess.Of(http);
        if (await UnitLookup.ResolveAsync(db, access, kode, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        if (!access.IsAdmin)
        {
            return TypedResults.Forbid();
        }
        var (saved, problems) = await UnitWrites.UpdateAsync(db, unit.Id, body.ToDraft(), ct, EntityTags.Expected(http, body.Version));
        if (saved is null)
        {
            return problems.Any(p => p.Field == UnitWrites.ConflictField) ? EntityTags.Conflict(problems) : Invalid(problems, InvalidUnit);
        }
        var json = await UnitAsync(db, saved.Id, ct);
        EntityTags.Set(http, json.Version ?? 0);
        return TypedResults.Ok(json);
    }

    static Task<UnitJson> UnitAsync(SakipDb db, int id, CancellationToken ct) =>
        db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitJson(u.Code, u.Name, u.Parent != null ? u.Parent.Code : null, u.Kind, u.ShortName, u.Version)).SingleAsync(ct);

    /// <summary>
    /// A unit as the API receives it: the columns of instansi.csv, <c>jenis</c> as text so that an unknown value is a
    /// validation problem on <c>jenis</c>, as on the page, rather than an unreadable body.
    /// </summary>
    public sealed record UnitInputJson(
        [property: JsonPropertyName("kode")] string? Code,
        [property: JsonPropertyName("nama")] string? Name,
        [property: JsonPropertyName("induk")] string? Parent,
        [property: JsonPropertyName("jenis")] string? Kind,
        [property: JsonPropertyName("singkatan")] string? ShortName,
        [property: JsonPropertyName("versi")] int? Version = null)
    {
        public UnitDraft ToDraft() => new(Code, Name, Parent, Kind, ShortName);
    }
}
