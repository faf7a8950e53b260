using System.Net;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.PerjanjianKinerja;

/// <summary>The PK form's messages and its dead end: every error in one answer, indicators named, a unit without indicators explained.</summary>
public sealed class AgreementFormTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task Every_error_is_reported_at_once_and_a_target_names_its_indicator()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var url = AgreementSteps.Form("SETDA", 2022);
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        AgreementSteps.Party(fields, "PihakPertama", "", "", "", "Definitive");
        AgreementSteps.Party(fields, "PihakKedua", "Dr. H. Rusmadi Wongso", "", "", "Definitive");
        AgreementSteps.Target(fields, "EKPPD", "tiga");
        AgreementSteps.Target(fields, "KERJASAMA", "sembilan puluh");

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        html.ShouldContain("Target Skor Evaluasi Kinerja Penyelenggaraan Pemerintahan Daerah (EKPPD): tidak dapat dibaca sebagai angka");
        html.ShouldContain("Target Persentase kerjasama yang ditindaklanjuti (KERJASAMA): tidak dapat dibaca sebagai angka");
        html.ShouldContain("Nama pihak pertama wajib diisi.");
        html.ShouldContain("Jabatan pihak kedua wajib diisi.");
        HtmlForm.Fields(html)["Form.PihakKedua.Nama"].ShouldBe("Dr. H. Rusmadi Wongso");
        (await app.QueryAsync(db => Task.FromResult(db.Agreements.Count(a => a.Year == 2022)))).ShouldBe(0);
    }

    [Fact]
    public async Task Drawing_up_a_PK_for_a_unit_without_indicators_explains_why_and_links_to_its_plan()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(AgreementSteps.Form("POD", 2021)));

        html.ShouldContain("Biro Pemerintahan dan Otonomi Daerah belum memiliki indikator kinerja di Perencanaan.");
        html.ShouldContain("href=\"/Perencanaan?instansi=POD\"");
        html.ShouldNotContain("Simpan Perjanjian Kinerja");
    }
}
