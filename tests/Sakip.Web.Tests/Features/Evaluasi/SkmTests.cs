using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Evaluasi;

/// <summary>The SKM page of a unit and year: means typed, responses uploaded, the recap; each test uses its own year.</summary>
public sealed class SkmTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    static string Page(int year, string unit = "SETDA") => $"/Evaluasi/Skm?instansi={unit}&tahun={year}";

    static Dictionary<string, string> Means(string service, params string[] u)
    {
        var fields = new Dictionary<string, string> { ["Form.Layanan"] = service, ["Form.Responden"] = "120" };
        for (var i = 0; i < 9; i++)
        {
            fields[$"Form.U[{i}]"] = u.Length == 1 ? u[0] : u[i];
        }
        return fields;
    }

    static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int year, Dictionary<string, string> fields, string unit = "SETDA") =>
        await client.PostAsync(Page(year, unit) + "&handler=Simpan", await SakipWebFactory.FormAsync(client, Page(year, unit), fields));

    static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task The_planner_types_nine_means_and_sees_ikm_and_mutu()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var saved = await SaveAsync(client, 2031, Means("Layanan Rekomendasi", "3,2"));
        var html = await TextAsync(await client.GetAsync(Page(2031)));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        EvaluasiHtml.Rows(html, "tabel-layanan")[0].ShouldStartWith("Layanan Rekomendasi|3,20|3,20|3,20|3,20|3,20|3,20|3,20|3,20|3,20|120|80,00|B/Baik");
        html.ShouldContain("title=\"IKM = (3,2 + 3,2 + 3,2 + 3,2 + 3,2 + 3,2 + 3,2 + 3,2 + 3,2) / 9 × 25 = 80,00\"");
        // 80,00 is not above 80: "above" is strict.
        html.ShouldContain("<strong>0</strong> dari 1 unit layanan memperoleh IKM di atas 80");
        var row = await app.QueryAsync(db => db.SkmResults.SingleAsync(s => s.Year == 2031));
        (row.U1, row.U9, row.Respondents, row.Version, row.UpdatedBy).ShouldBe((3.2m, 3.2m, 120, 1, "Perencana Setda (demo)"));
    }

    [Theory]
    [InlineData("5", "Nilai rata-rata unsur U1 harus antara 1 dan 4.")]
    [InlineData("0,99", "Nilai rata-rata unsur U1 harus antara 1 dan 4.")]
    [InlineData("tiga", "U1:")]
    [InlineData("", "Nilai rata-rata unsur U1 wajib diisi.")]
    public async Task A_mean_outside_1_to_4_or_not_a_number_is_refused_in_Indonesian_and_nothing_is_stored(string u1, string message)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var fields = Means("Layanan Uji", "3");
        fields["Form.U[0]"] = u1;

        var response = await SaveAsync(client, 2032, fields);
        var html = await TextAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain(message);
        html.ShouldContain("value=\"Layanan Uji\"");
        (await app.QueryAsync(db => db.SkmResults.AnyAsync(s => s.Year == 2032))).ShouldBeFalse();
    }

    [Fact]
    public async Task Uploaded_responses_replace_the_service_answers_and_a_bad_file_changes_nothing()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string good = "u1,u2,u3,u4,u5,u6,u7,u8,u9\n4,4,4,4,4,4,4,4,4\n3,4,4,4,4,4,4,4,4\n2,4,4,4,4,4,4,4,4\n";
        const string bad = "u1;u2;u3;u4;u5;u6;u7;u8;u9\n4;4;4;4;4;4;4;4;4\n4;7;4;4;4;4;4;4;4\n";

        var first = await UploadAsync(client, 2033, "Izin Kegiatan", good);
        var second = await UploadAsync(client, 2033, "Izin Kegiatan", bad);
        var html = await TextAsync(second);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("baris 3, kolom u2: jawaban harus 1, 2, 3 atau 4, tertulis \"7\"");
        var row = await app.QueryAsync(db => db.SkmResults.SingleAsync(s => s.Year == 2033));
        (row.U1, row.U2, row.Respondents).ShouldBe((3m, 4m, 3));
        (await app.QueryAsync(db => db.SkmResponses.Where(r => r.SkmResultId == row.Id).Select(r => r.Answers).ToListAsync()))
            .ShouldBe(["444444444", "344444444", "244444444"], ignoreOrder: true);
        var page = await TextAsync(await client.GetAsync(Page(2033)));
        EvaluasiHtml.Rows(page, "tabel-layanan")[0].ShouldStartWith("Izin Kegiatan dari jawaban|3,00|4,00|4,00|4,00|4,00|4,00|4,00|4,00|4,00|3|97,22|A/Sangat Baik");
    }

    [Fact]
    public async Task A_save_from_an_older_version_answers_409_and_keeps_what_was_typed()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        await SaveAsync(client, 2034, Means("Layanan Surat", "3"));
        var id = await app.QueryAsync(db => db.SkmResults.Where(s => s.Year == 2034).Select(s => s.Id).SingleAsync());
        var edit = Page(2034) + $"&ubah={id}";
        var opened = HtmlForm.Fields(await client.GetStringAsync(edit));
        await SaveAsync(client, 2034, new(Means("Layanan Surat", "3,5")) { ["Form.Id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Form.Versi"] = "1" });

        var stale = Means("Layanan Surat", "2,75");
        stale["Form.Id"] = opened["Form.Id"];
        stale["Form.Versi"] = opened["Form.Versi"];
        var response = await SaveAsync(client, 2034, stale);
        var html = await TextAsync(response);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        html.ShouldContain("telah diubah oleh Perencana Setda (demo)");
        html.ShouldContain("value=\"2,75\"");
        (await app.QueryAsync(db => db.SkmResults.SingleAsync(s => s.Year == 2034))).U1.ShouldBe(3.5m);
    }

    [Fact]
    public async Task The_evaluator_reads_but_cannot_write_and_a_planner_cannot_reach_another_unit()
    {
        var evaluator = await app.SignInAsync("evaluator@demo.sakip.id");
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var token = SakipWebFactory.AntiforgeryToken(await evaluator.GetStringAsync(Page(2035)));

        var read = await TextAsync(await evaluator.GetAsync(Page(2035)));
        var write = await evaluator.PostAsync(Page(2035) + "&handler=Simpan",
            new FormUrlEncodedContent(new Dictionary<string, string>(Means("X", "3")) { ["__RequestVerificationToken"] = token }));

        read.ShouldContain("id=\"hanya-baca\"");
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await planner.GetAsync(Page(2035, "DISHUB"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.SkmResults.AnyAsync(s => s.Year == 2035))).ShouldBeFalse();
    }

    [Fact]
    public async Task The_skm_api_recaps_every_service_of_the_year_above_the_threshold()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        await SaveAsync(admin, 2036, Means("Layanan A", "3,2004"), "DISHUB");
        await SaveAsync(admin, 2036, Means("Layanan B", "3,2"), "SETDA");
        var evaluator = await app.SignInAsync("evaluator@demo.sakip.id");

        var json = await evaluator.GetFromJsonAsync<JsonElement>("/api/v1/evaluasi/skm/2036");
        var bad = await evaluator.GetAsync("/api/v1/evaluasi/skm/2036?ambang=101");

        (json.GetProperty("jumlah_layanan").GetInt32(), json.GetProperty("di_atas_ambang").GetInt32(), json.GetProperty("persen_di_atas_ambang").GetDecimal())
            .ShouldBe((2, 1, 50m));
        json.GetProperty("layanan")[0].GetProperty("mutu").GetString().ShouldBe("B");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, int year, string service, string csv) =>
        await client.PostAsync(Page(year) + "&handler=Unggah",
            await SakipWebFactory.UploadAsync(client, Page(year), "berkas", "jawaban.csv", Encoding.UTF8.GetBytes(csv), new() { ["Form.Layanan"] = service }));
}
