using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Evaluation.Lke;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Evaluasi;

/// <summary>LKE template administration: everyone reads, the Admin copies, edits (as a new version), uploads CSV and retires.</summary>
public sealed class TemplatTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Admin = "admin@demo.sakip.id";

    [Fact]
    public async Task Every_account_reads_the_seeded_built_in_templates_but_only_the_admin_may_copy()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var id = await IdAsync("permenpanrb_88_2021", 1);

        var html = WebUtility.HtmlDecode(await planner.GetStringAsync("/Evaluasi/Templat"));
        var view = WebUtility.HtmlDecode(await planner.GetStringAsync($"/Evaluasi/Templat/Lihat?id={id}"));
        var copy = await planner.GetAsync($"/Evaluasi/Templat/Salin?id={id}");

        html.ShouldContain("data-templat=\"permenpanrb_88_2021-1\"");
        html.ShouldContain("data-templat=\"permenpanrb_12_2015-1\"");
        html.ShouldNotContain("Salin</a>");
        view.ShouldContain("80 kriteria");
        view.ShouldContain("maks_rata:1.1; wajib_y:1.1.3");
        copy.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_admin_copies_a_template_and_an_edit_that_breaks_the_weights_is_refused_beside_the_field_then_saved_as_version_2()
    {
        var admin = await app.SignInAsync(Admin);
        var source = await IdAsync("permenpanrb_88_2021", 1);
        var copied = await admin.PostAsync($"/Evaluasi/Templat/Salin?id={source}", await SakipWebFactory.FormAsync(admin, $"/Evaluasi/Templat/Salin?id={source}", new()
        {
            ["Form.Kode"] = "pergub_kaltim_2023",
            ["Form.Nama"] = "LKE Pergub Kaltim 2023",
            ["Form.Regulasi"] = "Pergub Kaltim Nomor 1 Tahun 2023",
        }));
        copied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var copy = await IdAsync("pergub_kaltim_2023", 1);
        var page = $"/Evaluasi/Templat/Ubah?id={copy}";
        var fields = HtmlForm.Fields(await admin.GetStringAsync(page));

        fields["Form.Komponen[0].Bobot"] = "35";
        var refused = await PostAsync(admin, page, fields);
        fields["Form.Komponen[0].Bobot"] = "30";
        fields["Form.Komponen[0].Sub[0].Kriteria[0].Uraian"] = "Terdapat pedoman teknis perencanaan kinerja yang ditetapkan Gubernur.";
        fields["Form.Komponen[0].Sub[0].Kriteria[6].Hapus"] = "true";
        fields["Form.Komponen[0].Sub[0].Kriteria[7].Kode"] = "1.1.8";
        fields["Form.Komponen[0].Sub[0].Kriteria[7].Uraian"] = "Terdapat Pergub tentang SAKIP.";
        fields["Form.Komponen[0].Sub[0].Kriteria[7].Jawaban"] = "yt";
        var saved = await PostAsync(admin, page, fields);

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var message = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        message.ShouldContain("Jumlah bobot komponen 105 (seharusnya 100).");
        message.ShouldContain("Jumlah bobot sub-komponen 1 adalah 30, tidak sama dengan bobot komponen 35.</span>");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (v1, v2) = await app.QueryAsync(async db => (
            await db.LkeTemplates.SingleAsync(t => t.Code == "pergub_kaltim_2023" && t.Version == 1),
            await db.LkeTemplates.SingleAsync(t => t.Code == "pergub_kaltim_2023" && t.Version == 2)));
        var before = LkeTemplateJson.Read(v1.Json, out _)!;
        var after = LkeTemplateJson.Read(v2.Json, out _)!;
        before.Criterion("1.1.1")!.Text.ShouldBe("Terdapat pedoman teknis perencanaan kinerja.");
        after.Criterion("1.1.1")!.Text.ShouldBe("Terdapat pedoman teknis perencanaan kinerja yang ditetapkan Gubernur.");
        (before.Criterion("1.1.7") is null, after.Criterion("1.1.7") is null, after.Criterion("1.1.8")!.AnswerType).ShouldBe((false, true, AnswerType.YesNo));
        after.Criteria.Count.ShouldBe(80);
        after.Rules.Count.ShouldBe(before.Rules.Count);

        var stale = await PostAsync(admin, page, fields);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("sudah memiliki versi 2");
    }

    [Fact]
    public async Task A_built_in_code_cannot_be_taken_and_a_built_in_version_cannot_be_edited()
    {
        var admin = await app.SignInAsync(Admin);
        var source = await IdAsync("permenpanrb_12_2015", 1);

        var taken = await admin.PostAsync($"/Evaluasi/Templat/Salin?id={source}", await SakipWebFactory.FormAsync(admin, $"/Evaluasi/Templat/Salin?id={source}", new()
        {
            ["Form.Kode"] = "permenpanrb_88_2021",
            ["Form.Nama"] = "Tiruan",
        }));

        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()).ShouldContain("Kode permenpanrb_88_2021 sudah dipakai templat lain; pilih kode baru.");
        (await app.QueryAsync(db => db.LkeTemplates.CountAsync(t => t.Code == "permenpanrb_88_2021"))).ShouldBe(1);
        (await admin.GetAsync($"/Evaluasi/Templat/Ubah?id={source}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_downloaded_csv_uploads_as_a_new_template_and_a_broken_one_is_refused_with_file_line_and_column()
    {
        var admin = await app.SignInAsync(Admin);
        var source = await IdAsync("permenpanrb_88_2021", 1);
        var csv = await admin.GetStringAsync($"/Evaluasi/Templat?handler=Csv&id={source}");
        var broken = csv.Replace(",Dokumen Perencanaan kinerja telah tersedia,6,", ",Dokumen Perencanaan kinerja telah tersedia,7,", StringComparison.Ordinal);

        var refused = await UploadAsync(admin, "perbup_uji", broken);
        var uploaded = await UploadAsync(admin, "perbup_uji", csv);

        csv.ShouldStartWith("komponen_no,komponen,bobot_komponen,subkomponen_no,subkomponen,bobot_subkomponen,kriteria_no,kriteria");
        broken.ShouldNotBe(csv);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("perbup.csv:");
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.LkeTemplates.CountAsync(t => t.Code == "perbup_uji"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_retired_version_is_not_offered_for_a_new_evaluation()
    {
        var admin = await app.SignInAsync(Admin);
        var id = await IdAsync("permenpanrb_12_2015", 1);

        var retired = await admin.PostAsync($"/Evaluasi/Templat?handler=Status&id={id}&aktif=false",
            await SakipWebFactory.FormAsync(admin, "/Evaluasi/Templat", new()));
        var worksheet = WebUtility.HtmlDecode(await admin.GetStringAsync("/Evaluasi/Lke?instansi=UMUM&tahun=2021"));
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var refused = await planner.PostAsync($"/Evaluasi/Templat?handler=Status&id={id}&aktif=true",
            await SakipWebFactory.FormAsync(planner, "/Evaluasi/Templat", new()));

        retired.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        worksheet.ShouldContain("LKE SAKIP PermenPAN-RB 88/2021 (versi 1)");
        worksheet.ShouldNotContain("LKE SAKIP PermenPAN-RB 12/2015");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.LkeTemplates.Where(t => t.Id == id).Select(t => t.Active).SingleAsync())).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/Evaluasi/Templat")]
    [InlineData("/Evaluasi/Templat/Salin?id=1")]
    [InlineData("/Evaluasi/Lke?instansi=UMUM&tahun=2020")]
    public async Task Every_form_leaves_validation_to_the_server(string page)
    {
        var admin = await app.SignInAsync(Admin);

        var html = await admin.GetStringAsync(page);

        var forms = System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*>").Select(m => m.Value).Where(f => !f.Contains("/Akun/Keluar", StringComparison.Ordinal)).ToList();
        forms.ShouldNotBeEmpty();
        forms.ShouldAllBe(form => form.Contains(" novalidate", StringComparison.Ordinal));
    }

    Task<int> IdAsync(string code, int version) => app.QueryAsync(db => db.LkeTemplates.Where(t => t.Code == code && t.Version == version).Select(t => t.Id).SingleAsync());

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(page)) };
        return await client.PostAsync(page, new FormUrlEncodedContent(form));
    }

    static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string code, string csv) =>
        await client.PostAsync("/Evaluasi/Templat?handler=Unggah", await SakipWebFactory.UploadAsync(client, "/Evaluasi/Templat", "Berkas", "perbup.csv",
            Encoding.UTF8.GetBytes(csv), new() { ["Form.Kode"] = code, ["Form.Nama"] = "LKE Perbup Uji", ["Form.Regulasi"] = "Perbup Uji" }));
}
