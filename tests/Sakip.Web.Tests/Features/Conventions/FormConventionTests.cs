using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Conventions;

/// <summary>
/// Conventions every screen keeps: messages come from the server in Bahasa Indonesia, so no form lets the browser
/// show its own (English) validation; one term per field ("Surel", never "Email"); a form keeps what was typed after a message.
/// </summary>
public sealed partial class FormConventionTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    public static TheoryData<string?, string> Pages => new()
    {
        { null, "/Akun/Masuk" },
        { "perencana@demo.sakip.id", "/Beranda" },
        { "perencana@demo.sakip.id", "/Perencanaan" },
        { "perencana@demo.sakip.id", "/Perencanaan/Rencana?instansi=SETDA&jenis=sasaran" },
        { "perencana@demo.sakip.id", "/Perencanaan/Indikator?kode=EKPPD" },
        { "perencana@demo.sakip.id", "/Perencanaan/Revisi?instansi=SETDA" },
        { "perencana@demo.sakip.id", "/PerjanjianKinerja" },
        { "perencana@demo.sakip.id", "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2021" },
        { "perencana@demo.sakip.id", "/Pengukuran" },
        { "perencana@demo.sakip.id", "/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tahunan" },
        { "verifikator@demo.sakip.id", "/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tahunan" },
        { "perencana@demo.sakip.id", "/Anggaran" },
        { "perencana@demo.sakip.id", "/Anggaran/Ubah?instansi=POD&tahun=2021&kode=POD.P1.K1.S1" },
        { "perencana@demo.sakip.id", "/Perbandingan" },
        { "perencana@demo.sakip.id", "/ImporEkspor" },
        { "admin@demo.sakip.id", "/Admin/Akun" },
        { "admin@demo.sakip.id", "/Admin/Instansi" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_form_leaves_validation_to_the_server(string? account, string page)
    {
        var client = account is null ? app.Client() : await app.SignInAsync(account);

        var html = await client.GetStringAsync(page);

        var forms = FormTag().Matches(html).Select(m => m.Value).ToList();
        forms.ShouldNotBeEmpty();
        forms.ShouldAllBe(form => form.Contains(" novalidate", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task The_mail_address_is_called_Surel_everywhere(string? account, string page)
    {
        var client = account is null ? app.Client() : await app.SignInAsync(account);

        var text = Tag().Replace(WebUtility.HtmlDecode(await client.GetStringAsync(page)), " ");

        EmailWord().IsMatch(text).ShouldBeFalse();
    }

    public static TheoryData<string?, string, Dictionary<string, string>, string> Rejected => new()
    {
        { null, "/Akun/Masuk", new() { ["Form.Email"] = "pengguna@contoh.id", ["Form.Password"] = "salah" }, "pengguna@contoh.id" },
        {
            "admin@demo.sakip.id", "/Admin/Akun?handler=Buat",
            new() { ["Form.Email"] = "bukan surel", ["Form.Nama"] = "Nama Uji Formulir", ["Form.Peran"] = "Perencana", ["Form.KodeInstansi"] = "SETDA" },
            "Nama Uji Formulir"
        },
        {
            "admin@demo.sakip.id", "/Admin/Instansi?handler=Tambah",
            new() { ["Add.Kode"] = "KODE SALAH", ["Add.Nama"] = "Instansi Uji Formulir", ["Add.Jenis"] = "unit_kerja", ["Add.Induk"] = "SETDA" },
            "Instansi Uji Formulir"
        },
        {
            "perencana@demo.sakip.id", "/Pengukuran/Isi?indikator=ITKP&tahun=2021&periode=tw4&handler=Simpan",
            new() { ["Form.Nilai"] = "tujuh puluh", ["Form.FaktorPendukung"] = "Faktor Uji Formulir" },
            "Faktor Uji Formulir"
        },
        {
            "perencana@demo.sakip.id", "/Perencanaan/Rencana?instansi=SETDA&jenis=sasaran",
            new() { ["Form.Kode"] = "", ["Form.Jenis"] = "sasaran", ["Form.Uraian"] = "Uraian Uji Formulir" },
            "Uraian Uji Formulir"
        },
        {
            "perencana@demo.sakip.id", "/Anggaran/Ubah?instansi=POD&tahun=2021&kode=POD.P1.K1.S1",
            new() { ["Form.Pagu"] = "banyak", ["Form.Tw1"] = "123.456" },
            "123.456"
        },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public async Task A_form_comes_back_with_what_was_typed_after_a_message(string? account, string url, Dictionary<string, string> fields, string typed)
    {
        var client = account is null ? app.Client() : await app.SignInAsync(account);

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url.Split("&handler=")[0].Split("?handler=")[0], fields));

        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("text-danger");
        html.ShouldMatch($"value=\"{Regex.Escape(typed)}\"|>\\s*{Regex.Escape(typed)}</textarea>");
    }

    [Fact]
    public async Task An_account_row_comes_back_with_the_unit_code_typed_after_a_message()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == "pimpinan@demo.sakip.id").Select(u => u.Id).SingleAsync());

        var response = await admin.PostAsync($"/Admin/Akun?handler=Ubah&id={id}",
            await SakipWebFactory.FormAsync(admin, "/Admin/Akun", new() { ["peran"] = "Pimpinan", ["instansi"] = "BIRO_TIDAK_ADA" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Instansi dengan kode \"BIRO_TIDAK_ADA\" tidak ditemukan.");
        html.ShouldContain("value=\"BIRO_TIDAK_ADA\"");
    }

    [GeneratedRegex("<form\\b[^>]*>")]
    private static partial Regex FormTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\be-?mail\\b", RegexOptions.IgnoreCase)]
    private static partial Regex EmailWord();
}
