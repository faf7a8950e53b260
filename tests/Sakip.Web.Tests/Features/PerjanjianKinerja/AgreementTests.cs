using Sakip.Core.Agreements;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.PerjanjianKinerja;

/// <summary>Perjanjian Kinerja: drawn up, revised as a new version with a reason, every version viewable; NIP checked; roles.</summary>
public sealed class AgreementTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public AgreementTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_PK_is_created_then_revised_and_both_versions_are_listed_and_viewable()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        // The demo holds the real report's PK of Setda 2021 (pk.csv); this test draws one up from nothing.
        await app.QueryAsync(db => db.Agreements.Where(a => a.Year == 2021).ExecuteDeleteAsync());
        const string form = "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2021";
        var fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)), "Muhammad Sa'bani", "definitive");
        fields["Form.Target[1].Nilai"].ShouldBe("3,095");
        var budgetLine = await app.QueryAsync(db => db.BudgetLines.Where(b => b.Code == "POD.P2" && b.Year == 2021).Select(b => b.Id).SingleAsync());
        fields["Form.Program[0].AnggaranId"] = budgetLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        (fields["Form.Program[1].Nama"], fields["Form.Program[1].Jumlah"]) = ("PROGRAM PENATAAN ORGANISASI", "4.294.000.048");

        var created = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var programs = await app.QueryAsync(db => db.Agreements.Where(a => a.Year == 2021).SelectMany(a => a.Programs).OrderBy(p => p.Id).Select(p => new { p.Name, p.Amount }).ToListAsync());
        programs.ShouldBe(new[] { new { Name = "PROGRAM PEMERINTAHAN DAN OTONOMI DAERAH", Amount = 4120899250m }, new { Name = "PROGRAM PENATAAN ORGANISASI", Amount = 4294000048m } });

        fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)), "Sri Wahyuni", "Plt");
        (fields["Form.Target[1].Nilai"], fields["Form.Alasan"]) = ("3,1", "Pergantian pejabat: Plt Sekretaris Daerah");
        var revised = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var versions = await app.QueryAsync(db => db.Agreements.Where(a => a.Year == 2021).OrderBy(a => a.Version).Select(a => new { a.Version, a.IsCurrent, a.FirstPartyName, a.FirstPartyActing }).ToListAsync());
        versions.ShouldBe(new[] { new { Version = 1, IsCurrent = false, FirstPartyName = "Muhammad Sa'bani", FirstPartyActing = ActingKind.Definitive }, new { Version = 2, IsCurrent = true, FirstPartyName = "Sri Wahyuni", FirstPartyActing = ActingKind.Plt } });
        var index = WebUtility.HtmlDecode(await client.GetStringAsync("/PerjanjianKinerja?instansi=SETDA&tahun=2021"));
        index.ShouldContain("Lihat versi 1");
        index.ShouldContain("Lihat versi 2");
        index.ShouldContain("Pergantian pejabat: Plt Sekretaris Daerah");
        index.ShouldContain("Plt. Sekretaris Daerah");
        var first = WebUtility.HtmlDecode(await client.GetStringAsync("/PerjanjianKinerja/Versi?instansi=SETDA&tahun=2021&versi=1"));
        first.ShouldContain("Muhammad Sa'bani");
        first.ShouldContain("Versi arsip");
        first.ShouldContain(">3,095<");
        var print = WebUtility.HtmlDecode(await client.GetStringAsync("/PerjanjianKinerja/Cetak?instansi=SETDA&tahun=2021&versi=2"));
        print.ShouldContain("PERJANJIAN KINERJA TAHUN 2021");
        print.ShouldContain("8.414.899.298");
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/Beranda?instansi=SETDA&tahun=2021"));
        dashboard.ShouldContain("Capaian = 3,0885 / 3,1 × 100 = 99,63 %");
    }

    [Fact]
    public async Task Saving_a_PK_sets_the_year_pk_target_of_each_indicator()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string form = "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2022";
        var fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)), "Muhammad Sa'bani", "definitive");
        fields["Form.Target[1].Nilai"].ShouldBe("3,10");
        fields["Form.Target[1].Nilai"] = "3,12";

        var response = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pk = await app.QueryAsync(db => db.Targets.Where(t => t.Indicator.Code == "EKPPD" && t.Year == 2022 && t.Kind == TargetKind.Agreement).Select(t => t.Value).SingleAsync());
        pk.ShouldBe(3.12m);
    }

    [Fact]
    public async Task A_NIP_of_17_digits_is_refused_and_nothing_is_stored()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string form = "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2023";
        var fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)), "Muhammad Sa'bani", "definitive");
        fields["Form.PihakPertama.Nip"] = "19690101 199003 1 00";

        var response = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("NIP pihak pertama harus 18 angka (tertulis 17 angka)");
        (await app.QueryAsync(db => db.Agreements.AnyAsync(a => a.Year == 2023))).ShouldBeFalse();
    }

    [Fact]
    public async Task Pimpinan_may_not_draw_up_a_PK()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");
        const string form = "/PerjanjianKinerja/Isi?instansi=SETDA&tahun=2020";
        var fields = Parties(HtmlForm.Fields(await client.GetStringAsync(form)), "Muhammad Sa'bani", "definitive");

        var response = await client.PostAsync(form, await SakipWebFactory.FormAsync(client, form, fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.Agreements.AnyAsync(a => a.Year == 2020))).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/PerjanjianKinerja?instansi=BAPPEDA")]
    [InlineData("/PerjanjianKinerja/Isi?instansi=BAPPEDA&tahun=2021")]
    [InlineData("/PerjanjianKinerja/Versi?instansi=SETDA&tahun=2021&versi=99")]
    [InlineData("/PerjanjianKinerja/Cetak?instansi=KALTIM&tahun=2021&versi=1")]
    public async Task A_unit_or_version_outside_the_scope_is_not_found(string url)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static Dictionary<string, string> Parties(Dictionary<string, string> fields, string firstName, string acting)
    {
        fields["Form.PihakPertama.Nama"] = firstName;
        fields["Form.PihakPertama.Nip"] = "19690101 199003 1 001";
        fields["Form.PihakPertama.Jabatan"] = "Sekretaris Daerah";
        fields["Form.PihakPertama.Status"] = acting == "Plt" ? nameof(ActingKind.Plt) : nameof(ActingKind.Definitive);
        fields["Form.PihakKedua.Nama"] = "Dr. Ir. H. Isran Noor, M.Si.";
        fields["Form.PihakKedua.Jabatan"] = "Gubernur Kalimantan Timur";
        return fields;
    }
}
