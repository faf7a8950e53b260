using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Hardening;

/// <summary>The API bodies checked by the Core field rules: 400 naming the field, never 500, and warnings confirmed by <c>?konfirmasi=ya</c>.</summary>
public sealed class ApiFieldRuleTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    public static TheoryData<string, string, string> InvalidBodies => new()
    {
        { "/api/v1/target", """{"indikator":"EKPPD","tahun":2021,"jenis":"tw1","nilai":0.00000000000000000001}""", "nilai" },
        { "/api/v1/target", """{"indikator":"EKPPD","tahun":2021,"jenis":"tw1","nilai":79228162514264337593543950335}""", "nilai" },
        { "/api/v1/target", """{"indikator":"EKPPD","tahun":2021,"nilai":3}""", "jenis" },
        { "/api/v1/target", """{"indikator":"EKPPD","tahun":2021,"jenis":"tw1","nilai":3,"teks":"%%TEKS%%"}""", "teks" },
        { "/api/v1/realisasi", """{"indikator":"EKPPD","tahun":2021,"periode":"tw1","nilai":79228162514264337593543950335}""", "nilai" },
        { "/api/v1/realisasi", """{"indikator":"SAKIP_MIN_B","tahun":2021,"periode":"tahunan","pembilang":79228162514264337593543950335,"penyebut":0.0000000000000000000000000001}""", "pembilang" },
        { "/api/v1/realisasi", """{"indikator":"EKPPD","tahun":2021,"nilai":3}""", "periode" },
        { "/api/v1/realisasi", """{"indikator":"EKPPD","tahun":2021,"periode":"tw1","nilai":3,"catatan":"%%MEGA%%"}""", "catatan" },
        { "/api/v1/realisasi", """{"indikator":"EKPPD","tahun":2021,"periode":"tw1","nilai":3,"solusi":"%%ANALISIS%%"}""", "solusi" },
    };

    public static TheoryData<string, string, string> MissingCodeWords => new()
    {
        { "/api/v1/rencana", """{"kode":"S85","instansi":"SETDA","induk":"T2","uraian":"Sasaran tanpa jenis"}""", "jenis" },
        { "/api/v1/indikator", """{"kode":"IND_S85","rencana":"S3","uraian":"Indeks","agregasi":"akhir"}""", "arah" },
        { "/api/v1/indikator", """{"kode":"IND_S86","rencana":"S3","uraian":"Indeks","arah":"turun"}""", "agregasi" },
        { "/api/v1/indikator", """{"kode":"IND S87","rencana":"S3","uraian":"Indeks","arah":"naik","agregasi":"akhir"}""", "kode" },
    };

    [Theory]
    [MemberData(nameof(MissingCodeWords))]
    public async Task Plan_bodies_without_a_code_word_answer_400_naming_it_instead_of_a_default(string url, string json, string field)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBeGreaterThan(0);
        (await app.QueryAsync(db => db.PlanElements.AnyAsync(p => p.Code == "S85"))).ShouldBeFalse();
        (await app.QueryAsync(db => db.Indicators.AnyAsync(i => i.Code.StartsWith("IND_S8") || i.Code == "IND S87"))).ShouldBeFalse();
    }

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Extreme_or_incomplete_bodies_answer_400_naming_the_field_and_store_nothing(string url, string json, string field)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var body = json.Replace("%%MEGA%%", new string('x', 1_000_000), StringComparison.Ordinal)
            .Replace("%%ANALISIS%%", new string('x', 4001), StringComparison.Ordinal)
            .Replace("%%TEKS%%", new string('x', 101), StringComparison.Ordinal);
        var before = await CountsAsync();

        var response = await client.PutAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBeGreaterThan(0);
        (await CountsAsync()).ShouldBe(before);
        (await client.GetAsync("/api/v1/capaian?instansi=SETDA&tahun=2021")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_negative_realisation_is_a_warning_saved_only_with_konfirmasi()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string json = """{"indikator":"EKPPD","tahun":2021,"periode":"tw3","nilai":-1.5}""";

        var unconfirmed = await client.PutAsync("/api/v1/realisasi", new StringContent(json, Encoding.UTF8, "application/json"));
        var stored = await ValueAsync(Period.Q3);
        var confirmed = await client.PutAsync("/api/v1/realisasi?konfirmasi=ya", new StringContent(json, Encoding.UTF8, "application/json"));

        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await unconfirmed.Content.ReadAsStringAsync();
        text.ShouldContain("Peringatan");
        text.ShouldContain("konfirmasi=ya");
        stored.ShouldNotBe(-1.5m);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ValueAsync(Period.Q3)).ShouldBe(-1.5m);
    }

    [Fact]
    public async Task A_percentage_target_above_100_is_a_warning_saved_only_with_konfirmasi()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string json = """{"indikator":"KESRA","tahun":2021,"jenis":"tw1","nilai":1234.5}""";

        var unconfirmed = await client.PutAsync("/api/v1/target", new StringContent(json, Encoding.UTF8, "application/json"));
        var confirmed = await client.PutAsync("/api/v1/target?konfirmasi=ya", new StringContent(json, Encoding.UTF8, "application/json"));

        unconfirmed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unconfirmed.Content.ReadAsStringAsync()).ShouldContain("lebih dari 100");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.Targets.SingleAsync(t => t.Indicator.Code == "KESRA" && t.Year == 2021 && t.Kind == TargetKind.Q1))).Value.ShouldBe(1234.5m);
    }

    Task<decimal?> ValueAsync(Period period) => app.QueryAsync(db =>
        db.Realisations.Where(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == period).Select(r => r.Value).FirstOrDefaultAsync());

    Task<(int Targets, int Realisations, int Components)> CountsAsync() => app.QueryAsync(async db =>
        (await db.Targets.CountAsync(), await db.Realisations.CountAsync(), await db.Components.CountAsync()));

    [Theory]
    [InlineData("/api/v1/target")]
    [InlineData("/api/v1/realisasi")]
    public async Task The_openapi_document_lists_konfirmasi_on_the_writes_that_warn(string path)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));

        var parameters = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("put").GetProperty("parameters");
        parameters.EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("in").GetString())).ShouldContain(("konfirmasi", "query"));
    }
}
