using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Admin;

/// <summary>
/// <c>GET /api/v1/jejak</c>: the audit trail for Admin and Evaluator (others 403), searched as on the page, 50 entries
/// a page, newest first. Read only: the trail has no write endpoint.
/// </summary>
public static class JejakApi
{
    public static RouteGroupBuilder MapJejakApi(this RouteGroupBuilder api)
    {
        api.MapGet("/jejak", Get).WithTags("Jejak audit")
            .WithSummary("Jejak audit")
            .WithDescription("Catatan setiap penambahan, perubahan, penghapusan, pengajuan, persetujuan, impor, ekspor dan masuk, dengan nilai lama dan baru; "
                + "disaring menurut `instansi` (beserta instansi di bawahnya), `pengguna` (surel, nama atau id), `objek` (nama tabel), `aksi`, "
                + "`dari` dan `sampai` (tanggal di zona waktu instalasi); 50 catatan per `halaman`, terbaru lebih dahulu. Hanya Admin dan Evaluator.");
        return api;
    }

    static async Task<Results<Ok<TrailJson>, ForbidHttpResult, ValidationProblem>> Get(
        string? instansi, string? pengguna, string? objek, string? aksi, DateOnly? dari, DateOnly? sampai, int? halaman,
        HttpContext http, SakipDb db, CancellationToken ct)
    {
        if (!UnitAccess.Of(http).CanEvaluate)
        {
            return TypedResults.Forbid();
        }
        var errors = new Dictionary<string, string[]>();
        if (halaman is < 1 or > JejakQuery.MaxPage)
        {
            errors["halaman"] = ["Halaman harus antara 1 dan 100.000."];
        }
        foreach (var (field, value, max) in new[] { ("instansi", instansi, 50), ("pengguna", pengguna, 256), ("objek", objek, 64), ("aksi", aksi, 32) })
        {
            if (value?.Length > max)
            {
                errors[field] = [$"{field} paling panjang {max} karakter."];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var zone = await Schedules.ZoneAsync(db, ct);
        var (rows, problems) = await JejakQuery.SearchAsync(db, new JejakQuery.Filter(instansi, pengguna, objek, aksi, dari, sampai), zone, ct);
        if (rows is null)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        var page = halaman ?? 1;
        var (found, more) = await JejakQuery.PageAsync(rows, page, ct);
        return TypedResults.Ok(new TrailJson(page, more, zone.Id, [.. found.Select(EntryJson.Of)]));
    }

    public sealed record TrailJson(
        [property: JsonPropertyName("halaman")] int Page,
        [property: JsonPropertyName("ada_berikutnya")] bool More,
        [property: JsonPropertyName("zona_waktu")] string Zone,
        [property: JsonPropertyName("catatan")] IReadOnlyList<EntryJson> Entries);

    public sealed record EntryJson(
        [property: JsonPropertyName("id")] long Id,
        [property: JsonPropertyName("waktu")] DateTimeOffset At,
        [property: JsonPropertyName("id_pengguna")] string? UserId,
        [property: JsonPropertyName("pengguna")] string UserName,
        [property: JsonPropertyName("alamat")] string? Address,
        [property: JsonPropertyName("aksi")] string Action,
        [property: JsonPropertyName("objek")] string Entity,
        [property: JsonPropertyName("kunci")] string? Key,
        [property: JsonPropertyName("instansi")] string? Unit,
        [property: JsonPropertyName("ringkasan")] string Summary,
        [property: JsonPropertyName("perubahan")] IReadOnlyList<ChangeJson> Changes)
    {
        public static EntryJson Of(JejakQuery.Row r) => new(r.Id, r.At, r.UserId, r.UserName, r.Address, r.Action, r.Entity, r.Key, r.UnitCode, r.Summary,
            [.. JejakQuery.Changes(r.OldValues, r.NewValues).Select(c => new ChangeJson(c.Field, c.Old, c.New))]);
    }

    public sealed record ChangeJson(
        [property: JsonPropertyName("kolom")] string Field,
        [property: JsonPropertyName("lama")] string? Old,
        [property: JsonPropertyName("baru")] string? New);
}
