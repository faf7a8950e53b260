using Sakip.Core.Agreements;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary><c>/api/v1/perjanjian</c>: a unit's Perjanjian Kinerja for a year (the one in force or any version) and its versions, read-only, within the caller's scope.</summary>
public static class PerjanjianKinerjaApi
{
    const string Tag = "Perjanjian Kinerja";

    public static RouteGroupBuilder MapPerjanjianKinerjaApi(this RouteGroupBuilder api)
    {
        api.MapGet("/perjanjian", Get).WithTags(Tag);
        api.MapGet("/perjanjian/versi", ListVersions).WithTags(Tag);
        return api;
    }

    /// <summary>The PK in force (without <paramref name="versi"/>) or that version; 404 when the unit is outside the scope or has none.</summary>
    static async Task<Results<Ok<AgreementJson>, NotFound>> Get(string? instansi, int tahun, int? versi, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is not { } unit
            || await AgreementQueries.LoadAsync(db, unit.Id, tahun, versi, ct) is not { } agreement)
        {
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(new AgreementJson(unit.Code, tahun, agreement.Version, agreement.IsCurrent, AgreementPartyJson.From(agreement.First),
            AgreementPartyJson.From(agreement.Second), agreement.SignedOn, agreement.Reason,
            [.. agreement.Targets.Select(t => new AgreementTargetJson(t.IndicatorCode, t.Value, t.Max, t.Text))],
            [.. agreement.Programs.Select(p => new AgreementProgramJson(p.Name, p.Amount))]));
    }

    /// <summary>Every version of the unit's PK for the year, oldest first; an empty list when the year has none yet.</summary>
    static async Task<Results<Ok<List<AgreementVersionJson>>, NotFound>> ListVersions(string? instansi, int tahun, HttpContext http, ReportingDb reporting, CancellationToken ct)
    {
        var db = reporting.Db;
        if (await UnitLookup.ResolveAsync(db, UnitAccess.Of(http), instansi, ct) is not { } unit)
        {
            return TypedResults.NotFound();
        }
        var versions = await db.Agreements.AsNoTracking().Where(a => a.UnitId == unit.Id && a.Year == tahun).OrderBy(a => a.Version)
            .Select(a => new { a.Version, a.IsCurrent, a.SignedOn, a.Reason, a.CreatedAt, a.CreatedBy, a.FirstPartyName, a.FirstPartyNip, a.FirstPartyPosition, a.FirstPartyActing })
            .ToListAsync(ct);
        return TypedResults.Ok(versions.ConvertAll(a => new AgreementVersionJson(a.Version, a.IsCurrent, a.SignedOn, a.Reason, a.CreatedAt, a.CreatedBy,
            AgreementPartyJson.From(new(a.FirstPartyName, a.FirstPartyNip, a.FirstPartyPosition, a.FirstPartyActing)))));
    }

    public sealed record AgreementJson(
        [property: JsonPropertyName("instansi")] string Unit,
        [property: JsonPropertyName("tahun")] int Year,
        [property: JsonPropertyName("versi")] int Version,
        [property: JsonPropertyName("berlaku")] bool IsCurrent,
        [property: JsonPropertyName("pihak_pertama")] AgreementPartyJson First,
        [property: JsonPropertyName("pihak_kedua")] AgreementPartyJson Second,
        [property: JsonPropertyName("tanggal_tanda_tangan")] DateOnly? SignedOn,
        [property: JsonPropertyName("alasan")] string? Reason,
        [property: JsonPropertyName("target")] IReadOnlyList<AgreementTargetJson> Targets,
        [property: JsonPropertyName("program")] IReadOnlyList<AgreementProgramJson> Programs);

    /// <param name="Nip">As stored: 18 digits without spaces.</param>
    /// <param name="Status"><c>definitif</c>, <c>plt</c> (pelaksana tugas) or <c>plh</c> (pelaksana harian).</param>
    public sealed record AgreementPartyJson(
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("nip")] string? Nip,
        [property: JsonPropertyName("jabatan")] string Position,
        [property: JsonPropertyName("status")] string Status)
    {
        public static AgreementPartyJson From(AgreementView.Party party) => new(party.Name, party.Nip, party.Position, StatusCode(party.Acting));

        static string StatusCode(ActingKind acting) => acting switch
        {
            ActingKind.Definitive => "definitif",
            ActingKind.Plt => "plt",
            ActingKind.Plh => "plh",
        };
    }

    public sealed record AgreementTargetJson(
        [property: JsonPropertyName("indikator")] string Indicator,
        [property: JsonPropertyName("nilai")] decimal? Value,
        [property: JsonPropertyName("nilai_maks")] decimal? Max,
        [property: JsonPropertyName("teks")] string? Text);

    public sealed record AgreementProgramJson(
        [property: JsonPropertyName("nama")] string Name,
        [property: JsonPropertyName("jumlah")] decimal Amount);

    public sealed record AgreementVersionJson(
        [property: JsonPropertyName("versi")] int Version,
        [property: JsonPropertyName("berlaku")] bool IsCurrent,
        [property: JsonPropertyName("tanggal_tanda_tangan")] DateOnly? SignedOn,
        [property: JsonPropertyName("alasan")] string? Reason,
        [property: JsonPropertyName("dibuat_pada")] DateTimeOffset CreatedAt,
        [property: JsonPropertyName("dibuat_oleh")] string? CreatedBy,
        [property: JsonPropertyName("pihak_pertama")] AgreementPartyJson First);
}
