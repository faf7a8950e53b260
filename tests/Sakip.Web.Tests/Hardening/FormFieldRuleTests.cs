using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Hardening;

/// <summary>The forms apply the Core field rules: 400 with the typed values kept, and warnings saved only after "Simpan tetap".</summary>
public sealed class FormFieldRuleTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task A_new_indicator_without_kode_answers_400_with_what_was_typed_kept()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?rencana=S3";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        (fields["Form.Kode"], fields["Form.Uraian"], fields["Form.Satuan"]) = ("", "Persentase dokumen yang diketik", "Persen");

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Kode wajib diisi");
        html.ShouldContain("Persentase dokumen yang diketik</textarea>");
        html.ShouldContain("value=\"Persen\"");
    }

    [Fact]
    public async Task An_indicator_code_with_a_space_needs_simpan_tetap_by_the_core_code_rule()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?rencana=S3";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        (fields["Form.Kode"], fields["Form.Uraian"]) = ("IKU BARU", "Indikator baru");

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Kode \"IKU BARU\" memuat spasi atau garis miring");
        (await app.QueryAsync(db => db.Indicators.AnyAsync(i => i.Code == "IKU BARU"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_negative_realisation_needs_simpan_tetap()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tw3";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        fields["Form.Nilai"] = "-2,5";

        var warned = await client.PostAsync(url + "&handler=Simpan", await SakipWebFactory.FormAsync(client, url, new(fields)));
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        var before = await RealisationAsync(Period.Q3);
        fields["Konfirmasi"] = "true";
        var confirmed = await client.PostAsync(url + "&handler=Simpan", await SakipWebFactory.FormAsync(client, url, fields));

        warned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Peringatan: Realisasi bernilai negatif");
        html.ShouldContain("name=\"Konfirmasi\"");
        html.ShouldContain("value=\"-2,5\"");
        before.ShouldNotBe(-2.5m);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RealisationAsync(Period.Q3)).ShouldBe(-2.5m);
    }

    [Fact]
    public async Task Budget_realisasi_above_pagu_needs_simpan_tetap_and_an_impossible_pagu_is_refused()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Anggaran/Ubah?instansi=POD&tahun=2021&kode=POD.P1.K1.S1";
        Dictionary<string, string> fields = new() { ["Form.Pagu"] = "1.000.000", ["Form.Realisasi"] = "1.500.000" };

        var huge = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, new() { ["Form.Pagu"] = "99.999.999.999.999.999.999" }));
        var warned = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, new(fields)));
        var warning = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        fields["Konfirmasi"] = "true";
        var confirmed = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        huge.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await huge.Content.ReadAsStringAsync()).ShouldContain("Pagu di luar batas");
        warned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        warning.ShouldContain("Peringatan: Realisasi anggaran melebihi pagu");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.BudgetLines.SingleAsync(b => b.Code == "POD.P1.K1.S1"))).Spent.ShouldBe(1500000m);
    }

    [Fact]
    public async Task A_pk_signed_years_away_from_its_year_is_refused()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string form = "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2021";
        var fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)));
        fields["Form.TanggalTandaTangan"] = "2030-01-02";

        var response = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("terlalu jauh dari tahun PK 2021");
        (await app.QueryAsync(db => db.Agreements.AnyAsync(a => a.Year == 2021 && a.SignedOn == new DateOnly(2030, 1, 2)))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_negative_renstra_target_needs_simpan_tetap()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?kode=ITKP";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        var year = int.Parse(fields["Form.Target[0].Tahun"], System.Globalization.CultureInfo.InvariantCulture);
        fields["Form.Target[0].Nilai"] = "-5";

        var warned = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, new(fields)));
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        fields["Konfirmasi"] = "true";
        var confirmed = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        warned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Peringatan: Target");
        html.ShouldContain("name=\"Konfirmasi\"");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.Targets.SingleAsync(t => t.Indicator.Code == "ITKP" && t.Year == year && t.Kind == TargetKind.Renstra))).Value.ShouldBe(-5m);
    }

    [Fact]
    public async Task A_pk_signed_within_a_year_of_its_year_needs_simpan_tetap()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string form = "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2022";
        var fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)));
        fields["Form.TanggalTandaTangan"] = "2023-03-01";

        var warned = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, new(fields)));
        var html = WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync());
        fields["Konfirmasi"] = "true";
        var confirmed = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        warned.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Peringatan: Tanggal penandatanganan 01-03-2023 di luar tahun PK 2022");
        confirmed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.Agreements.SingleAsync(a => a.Year == 2022 && a.IsCurrent))).SignedOn.ShouldBe(new DateOnly(2023, 3, 1));
    }

    static Dictionary<string, string> Parties(Dictionary<string, string> fields)
    {
        fields["Form.PihakPertama.Nama"] = "Muhammad Sa'bani";
        fields["Form.PihakPertama.Nip"] = "19690101 199003 1 001";
        fields["Form.PihakPertama.Jabatan"] = "Sekretaris Daerah";
        fields["Form.PihakKedua.Nama"] = "Dr. Ir. H. Isran Noor, M.Si.";
        fields["Form.PihakKedua.Jabatan"] = "Gubernur Kalimantan Timur";
        return fields;
    }

    Task<decimal?> RealisationAsync(Period period) => app.QueryAsync(db =>
        db.Realisations.Where(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == period).Select(r => r.Value).FirstOrDefaultAsync());
}
