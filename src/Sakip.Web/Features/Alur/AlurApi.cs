using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data;
using Sakip.Data.Workflow;
using Sakip.Web.Infrastructure;
using Sakip.Web.Infrastructure.Mail;

namespace Sakip.Web.Features.Alur;

/// <summary>
/// The approval cycle over the API: the status of a unit's objects, one object with its history and what it holds,
/// the actions (ajukan, kembalikan, setujui, buka) and the caller's inbox. The same rules as the pages
/// (<see cref="WorkflowDecisions"/>).
/// </summary>
public static class AlurApi
{
    public static RouteGroupBuilder MapAlurApi(this RouteGroupBuilder api)
    {
        api.MapGet("/alur/kotak", GetInbox).WithTags("Alur persetujuan").WithSummary("Kotak masuk pengguna");
        api.MapGet("/alur/{instansi}/{objek}/{tahun:int}/{periode}", GetObject).WithTags("Alur persetujuan")
            .WithSummary("Status, riwayat dan isi satu objek siklus SAKIP");
        api.MapPost("/alur/{instansi}/{objek}/{tahun:int}/{periode}/{aksi}", Act).WithTags("Alur persetujuan")
            .WithSummary("Ajukan, kembalikan, setujui atau buka kunci objek")
            .WithDescription("`aksi`: ajukan, kembalikan (catatan wajib), setujui, buka (alasan wajib). `versi` dari GET mencegah keputusan atas status yang sudah berubah (409).");
        return api;
    }

    static async Task<Ok<InboxJson>> GetInbox(HttpContext http, Inbox inbox, CancellationToken ct)
    {
        var contents = await inbox.ReadAsync(UnitAccess.Of(http), ct);
        static LineJson Line(Inbox.Line l) => new(l.UnitCode, CycleObjects.Code(l.Kind), l.Year, Codes.Of(l.Period), l.Name,
            l.Status is { } s ? Codes.Of(s) : null, l.Since, l.Who, l.Note, l.ClosesOn, l.Overdue);
        return TypedResults.Ok(new InboxJson([.. contents.ToVerify.Select(Line)], [.. contents.Returned.Select(Line)], [.. contents.Due.Select(Line)], contents.Count));
    }

    static async Task<Results<Ok<ObjectJson>, NotFound>> GetObject(string instansi, string objek, int tahun, string periode, HttpContext http, SakipDb db, CancellationToken ct)
    {
        if (await ResolveAsync(db, http, instansi, objek, tahun, periode, ct) is not { } key)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await ObjectAsync(db, key, ct));
    }

    static async Task<Results<Ok<ObjectJson>, NotFound, ForbidHttpResult, ValidationProblem, Conflict<HttpValidationProblemDetails>>> Act(
        string instansi, string objek, int tahun, string periode, string aksi, ActionJson body, HttpContext http, SakipDb db, TimeProvider clock,
        MailSettings mail, OutboxSignal outbox, CancellationToken ct)
    {
        if (await ResolveAsync(db, http, instansi, objek, tahun, periode, ct) is not { } key || WorkflowActions.Parse(aksi) is not { } action)
        {
            return TypedResults.NotFound();
        }
        var access = UnitAccess.Of(http);
        if (!(action == WorkflowAction.Submit ? access.CanEditPerformance(key.Unit.Path) : access.CanVerify(key.Unit.Path)))
        {
            return TypedResults.Forbid();
        }
        var result = await WorkflowDecisions.ApplyAsync(db,
            new WorkflowDecisions.Request(key.Unit.Id, key.Kind, key.Year, key.Period, action, body.Note, body.Version),
            new WorkflowDecisions.Actor(access.Decider, access.DisplayName), clock.GetUtcNow(), mail.Enabled, ct);
        switch (result.Outcome)
        {
            case WorkflowDecisions.Outcome.Done:
                Inbox.Changed();
                outbox.Notify();
                return TypedResults.Ok(await ObjectAsync(db, key, ct));
            case WorkflowDecisions.Outcome.Forbidden:
                return TypedResults.Forbid();
            default:
                return result.Problems.Any(p => p.Field == "catatan")
                    ? TypedResults.ValidationProblem(Confirmation.Errors(result.Problems), title: "Permintaan tidak valid.")
                    : EntityTags.Conflict(result.Problems, "Tidak dapat diproses.");
        }
    }

    sealed record Key(UnitRef Unit, CycleObject Kind, int Year, Period Period);

    static async Task<Key?> ResolveAsync(SakipDb db, HttpContext http, string instansi, string objek, int tahun, string periode, CancellationToken ct) =>
        CycleObjects.Parse(objek) is { } kind && CycleObjects.Approvable.Contains(kind) && DataYears.IsPlausible(tahun)
        && Codes.Parse<Period>(periode) is { } p && CycleObjects.PeriodOf(kind, p) is { } period
        && await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is { } unit
            ? new Key(unit, kind, tahun, period)
            : null;

    static async Task<ObjectJson> ObjectAsync(SakipDb db, Key key, CancellationToken ct)
    {
        var item = await db.WorkflowItems.AsNoTracking().Include(i => i.Steps)
            .FirstOrDefaultAsync(i => i.UnitId == key.Unit.Id && i.Kind == key.Kind && i.Year == key.Year && i.Period == key.Period, ct);
        var content = await ObjectContent.LinesAsync(db, key.Unit.Id, key.Kind, key.Year, key.Period, ct);
        var findings = await QualityFindings.ForAsync(db, key.Unit.Id, key.Kind, key.Year, key.Period, ct);
        return new ObjectJson(key.Unit.Code, CycleObjects.Code(key.Kind), key.Year, Codes.Of(key.Period), CycleObjects.Name(key.Kind, key.Year, key.Period),
            Codes.Of(item?.Status ?? ApprovalStatus.Draft), item?.Version ?? 0, item?.Revision ?? 0, item?.Late ?? false, item?.Note,
            [.. (item?.Steps ?? []).OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => new StepJson(WorkflowActions.Code(s.Action), Codes.Of(s.From), Codes.Of(s.To), s.At, s.UserName, s.Note, s.Late))],
            [.. content.Select(l => new ContentLineJson(l.Key, l.Label, l.Value))],
            [.. findings.Select(f => new FindingJson(f.Field, f.Message, f.IsError ? "galat" : "peringatan"))]);
    }

    public sealed record ActionJson([property: JsonPropertyName("catatan")] string? Note, [property: JsonPropertyName("versi")] int? Version);

    public sealed record ObjectJson(
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("objek")] string Kind,
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("periode")] string Period,
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("status")] string Status,
        [property: JsonPropertyName("versi")] int Version,
        [property: JsonPropertyName("revisi")] int Revision,
        [property: JsonPropertyName("terlambat")] bool Late,
        [property: JsonPropertyName("catatan")] string? Note,
        [property: JsonPropertyName("riwayat")] IReadOnlyList<StepJson> Steps,
        [property: JsonPropertyName("isi")] IReadOnlyList<ContentLineJson> Content,
        [property: JsonPropertyName("pemeriksaan_mutu")] IReadOnlyList<FindingJson> Findings);

    public sealed record StepJson(
        [property: JsonPropertyName("aksi")] string Action,
        [property: JsonPropertyName("dari")] string From,
        [property: JsonPropertyName("menjadi")] string To,
        [property: JsonPropertyName("waktu")] DateTimeOffset At,
        [property: JsonPropertyName("oleh")] string By,
        [property: JsonPropertyName("catatan")] string? Note,
        [property: JsonPropertyName("terlambat")] bool Late);

    public sealed record ContentLineJson(
        [property: JsonPropertyName("kunci")] string Key,
        [property: JsonPropertyName("unsur")] string Label,
        [property: JsonPropertyName("isi")] string Value);

    public sealed record FindingJson(
        [property: JsonPropertyName("kolom")] string Field,
        [property: JsonPropertyName("pesan")] string Message,
        [property: JsonPropertyName("tingkat")] string Severity);

    public sealed record InboxJson(
        [property: JsonPropertyName("menunggu_verifikasi")] IReadOnlyList<LineJson> ToVerify,
        [property: JsonPropertyName("dikembalikan")] IReadOnlyList<LineJson> Returned,
        [property: JsonPropertyName("jatuh_tempo")] IReadOnlyList<LineJson> Due,
        [property: JsonPropertyName("jumlah")] int Count);

    public sealed record LineJson(
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("objek")] string Kind,
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("periode")] string Period,
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("sejak")] DateTimeOffset? Since,
        [property: JsonPropertyName("oleh")] string? By,
        [property: JsonPropertyName("catatan")] string? Note,
        [property: JsonPropertyName("batas_waktu")] DateOnly? ClosesOn,
        [property: JsonPropertyName("lewat")] bool Overdue);
}
