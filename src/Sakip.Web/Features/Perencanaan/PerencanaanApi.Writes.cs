using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Planning;
using Sakip.Core.Problems;
using Sakip.Data;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Perencanaan;

/// <summary>
/// Writing the plan through the API with the same checks as the screens (<see cref="PlanElementWrites"/>,
/// <see cref="IndicatorWrites"/>); field errors are keyed by the package column names.
/// </summary>
public static partial class PerencanaanApi
{
    static async Task<Results<Ok<PlanElementJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> CreatePlanElement(
        PlanElementJson body, HttpContext http, SakipDb db, CancellationToken ct) =>
        await SavePlanElementAsync(body, body.Unit, null, http, db, ct);

    static async Task<Results<Ok<PlanElementJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> UpdatePlanElement(
        string kode, PlanElementJson body, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var existing = await db.PlanElements.AsNoTracking().Where(p => p.Code == kode).Select(p => new { p.Id, Unit = p.Unit.Code }).FirstOrDefaultAsync(ct);
        return existing is null ? TypedResults.NotFound() : await SavePlanElementAsync(body, existing.Unit, existing.Id, http, db, ct);
    }

    static async Task<Results<Ok<PlanElementJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> SavePlanElementAsync(
        PlanElementJson body, string unitCode, int? id, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var access = UnitAccess.Of(http);
        if (await UnitLookup.ResolveAsync(db, access, unitCode, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        if (!access.CanEditPerformance(unit.Path))
        {
            return TypedResults.Forbid();
        }
        if (body.Kind is not { } kind)
        {
            return Missing("jenis", Core.Codes.All<PlanElementKind>(), "Data rencana tidak valid.");
        }
        var draft = new PlanElement(body.Code?.Trim() ?? "", unit.Code, kind, body.Parent, body.Statement ?? "", body.PeriodStart, body.PeriodEnd);
        var (saved, problems, conflict) = await PlanElementWrites.SaveAsync(db, unit, draft, id, id is null ? null : EntityTags.Expected(http, body.Version), ct);
        if (saved is null)
        {
            return conflict ? EntityTags.Conflict(problems) : Invalid(problems, "Data rencana tidak valid.");
        }
        EntityTags.Set(http, saved.Version);
        return TypedResults.Ok(body with { Code = saved.Code, Unit = unit.Code, PeriodStart = saved.PeriodStart, PeriodEnd = saved.PeriodEnd, Version = saved.Version });
    }

    static async Task<Results<Ok<IndicatorJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> CreateIndicator(
        IndicatorJson body, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var unitCode = await db.PlanElements.AsNoTracking().Where(p => p.Code == body.PlanElement).Select(p => p.Unit.Code).FirstOrDefaultAsync(ct);
        return unitCode is null ? TypedResults.NotFound() : await SaveIndicatorAsync(body, unitCode, null, http, db, ct);
    }

    static async Task<Results<Ok<IndicatorJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> UpdateIndicator(
        string kode, IndicatorJson body, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var existing = await db.Indicators.AsNoTracking().Where(i => i.Code == kode).Select(i => new { i.Id, Unit = i.PlanElement.Unit.Code }).FirstOrDefaultAsync(ct);
        return existing is null ? TypedResults.NotFound() : await SaveIndicatorAsync(body, existing.Unit, existing.Id, http, db, ct);
    }

    /// <summary>The indicator's definition only; its targets are written through <c>PUT /api/v1/target</c>.</summary>
    static async Task<Results<Ok<IndicatorJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> SaveIndicatorAsync(
        IndicatorJson body, string unitCode, int? id, HttpContext http, SakipDb db, CancellationToken ct)
    {
        var access = UnitAccess.Of(http);
        if (await UnitLookup.ResolveAsync(db, access, unitCode, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        if (!access.CanEditPerformance(unit.Path))
        {
            return TypedResults.Forbid();
        }
        if (body.Direction is not { } direction)
        {
            return Missing("arah", Core.Codes.All<Direction>(), "Data indikator tidak valid.");
        }
        if (body.Aggregation is not { } aggregation)
        {
            return Missing("agregasi", Core.Codes.All<Aggregation>(), "Data indikator tidak valid.");
        }
        var draft = new Indicator(body.Code?.Trim() ?? "", body.PlanElement ?? "", body.Name ?? "", body.Measure, direction, aggregation, body.IsKey,
            body.Formula, body.Numerator, body.Denominator, body.DataSource, body.Responsible, body.Order, body.EvidenceRequired);
        var edit = new IndicatorWrites.Edit(id is null ? null : EntityTags.Expected(http, body.Version), access.IsAdmin);
        var (saved, problems, conflict) = await IndicatorWrites.SaveAsync(db, unit, draft, id, targets: null, edit, ct);
        if (saved is null)
        {
            return conflict ? EntityTags.Conflict(problems) : Invalid(problems, "Data indikator tidak valid.");
        }
        EntityTags.Set(http, saved.Version);
        return TypedResults.Ok(body with { Code = saved.Code, Version = saved.Version });
    }

    /// <summary>A code word left out of the body: named, never defaulted (a missing arah is not "naik").</summary>
    static ValidationProblem Missing(string field, IReadOnlyList<string> allowed, string title) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [$"{field} wajib diisi: {string.Join(", ", allowed)}."] }, title: title);

    static ValidationProblem Invalid(IReadOnlyList<Problem> problems, string title) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field.Length == 0 ? "" : p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: title);
}
