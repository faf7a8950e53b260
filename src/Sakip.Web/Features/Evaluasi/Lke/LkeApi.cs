using Microsoft.AspNetCore.Http.HttpResults;
using Sakip.Data;
using Sakip.Data.Evaluation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Evaluasi.Lke;

/// <summary><c>/api/v1/evaluasi/{instansi}/lke/{tahun}</c>: the LKE worksheet of a unit and year, within the caller's scope.</summary>
public static class LkeApi
{
    public static RouteGroupBuilder MapLkeApi(this RouteGroupBuilder api)
    {
        api.MapGet("/evaluasi/{instansi}/lke/{tahun:int}", Get).WithTags("Evaluasi");
        return api;
    }

    /// <param name="tahun">The performance year evaluated.</param>
    static async Task<Results<Ok<LkeJson>, NotFound>> Get(string instansi, int tahun, HttpContext http, SakipDb db, CancellationToken ct) =>
        DataYears.IsPlausible(tahun) && await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is { } unit
            && await Worksheet.LoadAsync(db, unit.Id, tahun, ct) is { } sheet
            ? TypedResults.Ok(LkeJson.From(unit.Code, sheet))
            : TypedResults.NotFound();
}
