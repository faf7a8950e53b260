using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Evaluasi;

/// <summary>Other assessments per unit and year and their recap per kind; each test uses its own year.</summary>
public sealed class PenilaianTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    static string Page(int year) => $"/Evaluasi/Penilaian?tahun={year}";

    static async Task<HttpResponseMessage> SaveAsync(HttpClient client, int year, Dictionary<string, string> fields) =>
        await client.PostAsync(Page(year) + "&handler=Simpan", await SakipWebFactory.FormAsync(client, Page(year), fields));

    static Dictionary<string, string> Kelembagaan(string unit, string value, string? label = null) => new()
    {
        ["Form.Instansi"] = unit,
        ["Form.Jenis"] = "indeks_kelembagaan",
        ["Form.Nilai"] = value,
        ["Form.Label"] = label ?? "",
        ["Form.Sumber"] = "LHE Kelembagaan",
    };

    static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task The_admin_records_assessments_and_the_recap_counts_those_strictly_above_the_threshold()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        await SaveAsync(admin, 2041, Kelembagaan("SETDA", "72,5", "B"));
        await SaveAsync(admin, 2041, Kelembagaan("DISHUB", "70"));
        await SaveAsync(admin, 2041, Kelembagaan("DINKES", "", "Level 3"));

        var html = await TextAsync(await admin.GetAsync(Page(2041) + "&jenis=indeks_kelembagaan&ambang=70"));

        html.ShouldContain("Indeks Kelembagaan (PermenPAN-RB 20/2018)");
        html.ShouldContain("<strong>1</strong> dari 2 instansi di atas 70 (<strong>50,00 %</strong>)");
        var rows = await app.QueryAsync(db => db.Assessments.Where(a => a.Year == 2041).OrderBy(a => a.Id).Select(a => new { a.Value, a.Label }).ToListAsync());
        rows.Select(r => (r.Value, r.Label)).ShouldBe([(72.5m, "B"), (70m, null), (null, "Level 3")]);
    }

    [Fact]
    public async Task A_planner_records_for_the_own_unit_only_and_a_second_result_of_the_same_kind_is_refused()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var own = await SaveAsync(planner, 2042, new() { ["Form.Instansi"] = "SETDA", ["Form.Jenis"] = "lainnya", ["Form.JenisLain"] = "indeks_inovasi", ["Form.Nilai"] = "55" });
        var again = await SaveAsync(planner, 2042, new() { ["Form.Instansi"] = "SETDA", ["Form.Jenis"] = "lainnya", ["Form.JenisLain"] = "indeks_inovasi", ["Form.Nilai"] = "60" });
        var other = await SaveAsync(planner, 2042, Kelembagaan("DISHUB", "70"));

        own.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextAsync(again)).ShouldContain("Penilaian jenis ini untuk tahun 2042 sudah tercatat; ubah yang ada.");
        other.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.Assessments.Where(a => a.Year == 2042).Select(a => a.Kind + "=" + a.Value).ToListAsync())).ShouldBe(["indeks_inovasi=55"]);
    }

    [Theory]
    [InlineData("Form.Nilai", "", "Isi nilai atau hasil (label) penilaian.")]
    [InlineData("Form.Nilai", "1.000.000", "Nilai penilaian harus kurang dari 1.000.000.")]
    [InlineData("Form.JenisLain", "Indeks Baru!", "Kode jenis penilaian hanya huruf kecil")]
    public async Task Bad_input_is_refused_with_an_Indonesian_message(string field, string value, string message)
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var fields = new Dictionary<string, string> { ["Form.Instansi"] = "SETDA", ["Form.Jenis"] = "lainnya", ["Form.JenisLain"] = "indeks_x", ["Form.Nilai"] = "3" };
        fields[field] = value;

        var response = await SaveAsync(admin, 2043, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TextAsync(response)).ShouldContain(message);
    }

    [Fact]
    public async Task The_evaluator_reads_the_recap_without_a_form_and_cannot_post()
    {
        var evaluator = await app.SignInAsync("evaluator@demo.sakip.id");

        var html = await TextAsync(await evaluator.GetAsync(Page(2044)));
        var post = await SaveAsync(evaluator, 2044, Kelembagaan("SETDA", "70"));

        html.ShouldContain("Belum ada hasil penilaian tahun 2044");
        html.ShouldNotContain("Catat hasil penilaian");
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_edit_from_an_older_version_answers_409()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        await SaveAsync(admin, 2045, Kelembagaan("SETDA", "70"));
        var id = await app.QueryAsync(db => db.Assessments.Where(a => a.Year == 2045).Select(a => a.Id).SingleAsync());
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var opened = await admin.GetStringAsync(Page(2045) + $"&ubah={key}");
        await SaveAsync(admin, 2045, new(Kelembagaan("SETDA", "71")) { ["Form.Id"] = key, ["Form.Versi"] = "1" });

        var response = await SaveAsync(admin, 2045, new(Kelembagaan("SETDA", "99")) { ["Form.Id"] = key, ["Form.Versi"] = "1" });

        opened.ShouldContain("Ubah hasil penilaian");
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await TextAsync(response)).ShouldContain("telah diubah oleh Admin Biro Organisasi (demo)");
        (await app.QueryAsync(db => db.Assessments.SingleAsync(a => a.Year == 2045))).Value.ShouldBe(71m);
    }
}
