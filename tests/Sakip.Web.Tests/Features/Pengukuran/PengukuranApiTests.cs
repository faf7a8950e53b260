using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Pengukuran;

/// <summary>The measurement API: package column names, computed and explained capaian, 400/404 with field errors, OpenAPI.</summary>
public sealed class PengukuranApiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task Json_field_names_are_the_package_columns()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        using var realisations = await JsonAsync(client, "/api/v1/realisasi?indikator=EKPPD&tahun=2021");
        using var capaian = await JsonAsync(client, "/api/v1/capaian?instansi=SETDA&tahun=2021");

        var realisation = realisations.RootElement.EnumerateArray().First(r => r.GetProperty("periode").GetString() == "tw2");
        Names(realisation).ShouldBeSubsetOf(["indikator", "tahun", "periode", "nilai", "teks", "catatan", "faktor_pendukung", "faktor_penghambat", "solusi", "pembilang", "penyebut", "status", "versi"]);
        realisation.GetProperty("indikator").GetString().ShouldBe("EKPPD");
        realisation.GetProperty("tahun").GetInt32().ShouldBe(2021);
        realisation.GetProperty("nilai").GetDecimal().ShouldBe(3.0885m);
        realisation.GetProperty("teks").GetString().ShouldBe("3,0885 *)");
        var ekppd = capaian.RootElement.EnumerateArray().First(r => r.GetProperty("indikator").GetString() == "EKPPD" && r.GetProperty("periode").GetString() == "tahunan");
        Names(ekppd).ShouldBe(["indikator", "tahun", "periode", "target", "nilai_maks", "dasar_target", "realisasi", "capaian", "kategori", "penjelasan"]);
        Names(ekppd.GetProperty("penjelasan")).ShouldBe(["metode", "rumus", "perhitungan", "masukan", "catatan"]);
        ekppd.GetProperty("target").GetDecimal().ShouldBe(3.095m);
        ekppd.GetProperty("penjelasan").GetProperty("perhitungan").GetString().ShouldBe("Capaian = 3,0885 / 3,095 × 100 = 99,79 %");
    }

    [Fact]
    public async Task Put_realisation_answers_the_computed_and_explained_capaian()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "KESRA", tahun = 2021, periode = "tw4", nilai = 80m, faktor_pendukung = "Koordinasi lintas OPD." });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("indikator").GetString().ShouldBe("KESRA");
        body.RootElement.GetProperty("periode").GetString().ShouldBe("tw4");
        body.RootElement.GetProperty("realisasi").GetDecimal().ShouldBe(80m);
        Math.Round(body.RootElement.GetProperty("capaian").GetDecimal(), 2, MidpointRounding.AwayFromZero).ShouldBe(94.12m);
        body.RootElement.GetProperty("penjelasan").GetProperty("perhitungan").GetString().ShouldBe("Capaian = 80 / 85 × 100 = 94,12 %");
        var stored = await app.QueryAsync(db => db.Realisations.AsNoTracking().SingleAsync(r => r.Indicator.Code == "KESRA" && r.Year == 2021 && r.Period == Period.Q4));
        (stored.Value, stored.SupportingFactors).ShouldBe((80m, "Koordinasi lintas OPD."));
    }

    public static TheoryData<string, string> InvalidBodies => new()
    {
        { """{"indikator":"SAKIP_MIN_B","tahun":2021,"periode":"tahunan","pembilang":28}""", "penyebut" },
        { """{"indikator":"SAKIP_MIN_B","tahun":2021,"periode":"tahunan","pembilang":28,"penyebut":0}""", "penyebut" },
        { """{"indikator":"EKPPD","tahun":3021,"periode":"tw2","nilai":3}""", "tahun" },
    };

    [Theory]
    [MemberData(nameof(InvalidBodies))]
    public async Task Invalid_body_answers_400_with_field_errors(string json, string field)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PutAsync("/api/v1/realisasi", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("errors").GetProperty(field).GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Unreadable_body_answers_400()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PutAsync("/api/v1/realisasi",
            new StringContent("""{"indikator":"EKPPD","tahun":2021,"periode":"tw2","nilai":"abc"}""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Unknown_indicator_answers_404()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var put = await client.PutAsJsonAsync("/api/v1/realisasi", new { indikator = "TIDAK_ADA", tahun = 2021, periode = "tw1", nilai = 1m });
        var get = await client.GetAsync("/api/v1/capaian?indikator=TIDAK_ADA&tahun=2021");

        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OpenApi_document_lists_the_capaian_endpoint()
    {
        var response = await app.Client().GetAsync("/openapi/v1.json");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.TryGetProperty("/api/v1/capaian", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/realisasi", out _).ShouldBeTrue();
    }

    static async Task<JsonDocument> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
