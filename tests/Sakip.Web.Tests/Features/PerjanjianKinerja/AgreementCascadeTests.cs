using System.Net;
using System.Text.RegularExpressions;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;
using static Sakip.Web.Tests.Features.PerjanjianKinerja.AgreementSteps;

namespace Sakip.Web.Tests.Features.PerjanjianKinerja;

/// <summary>
/// The PK cascade: Setda's overview lists the PKs of its Biro units, what they serve of Setda's plan, and a Biro's first
/// PK proposes Setda's pihak pertama as pihak kedua. Each test uses its own year.
/// </summary>
public sealed class AgreementCascadeTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task The_overview_of_SETDA_lists_its_Biro_units_and_then_the_PK_saved_for_POD()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string overview = "/PerjanjianKinerja?instansi=SETDA&tahun=2021";
        var before = await PageAsync(client, overview);
        before.ShouldContain("Perjanjian Kinerja unit di bawahnya");
        Row(before, "POD").ShouldContain("Biro Pemerintahan dan Otonomi Daerah");
        Row(before, "POD").ShouldContain("Belum ada");
        Row(before, "POD").ShouldContain("<a href=\"/PerjanjianKinerja/Isi?instansi=POD&tahun=2021\">Susun PK</a>");
        Row(before, "HUKUM").ShouldContain("Belum ada");
        await AddIndicatorAsync(client, "POD", "POD_FASILITASI");

        await SaveAsync(client, "POD", 2021, f =>
        {
            Party(f, "PihakPertama", "Drs. Jauhar Efendi", "19700101 199803 1 005", "Kepala Biro Pemerintahan dan Otonomi Daerah", "Plt");
            Party(f, "PihakKedua", "Muhammad Sa'bani", "19690101 199003 1 001", "Sekretaris Daerah", "Definitive");
            f["Form.TanggalTandaTangan"] = "2021-02-01";
            Target(f, "POD_FASILITASI", "85");
        });

        var pod = Row(await PageAsync(client, overview), "POD");
        pod.ShouldContain("Drs. Jauhar Efendi <span class=\"badge text-bg-secondary\">Plt</span>");
        pod.ShouldContain("<td>Versi 1</td>");
        pod.ShouldContain("<td>1 Februari 2021</td>");
        pod.ShouldContain("<td class=\"tnum text-end\">1</td>");
        pod.ShouldContain(">Revisi PK</a>");
        pod.ShouldNotContain("Belum ada");
        Row(await PageAsync(client, overview), "HUKUM").ShouldContain("Belum ada");
    }

    [Fact]
    public async Task Pimpinan_sees_the_Biro_units_but_no_link_to_draw_up_their_PK()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var page = await PageAsync(client, "/PerjanjianKinerja?instansi=SETDA&tahun=2021");

        Row(page, "POD").ShouldContain("Biro Pemerintahan dan Otonomi Daerah");
        page.ShouldNotContain("/PerjanjianKinerja/Isi?instansi=");
    }

    [Fact]
    public async Task A_Biro_shows_the_element_of_the_SETDA_plan_it_serves_once_SETDA_has_a_PK_that_year()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string overview = "/PerjanjianKinerja?instansi=SETDA&tahun=2022";
        await AddIndicatorAsync(client, "POD", "POD_PERBATASAN");
        Row(await PageAsync(client, overview), "POD").ShouldNotContain("Mendukung");

        await SaveAsync(client, "SETDA", 2022, f =>
        {
            Party(f, "PihakPertama", "Muhammad Sa'bani", "19690101 199003 1 001", "Sekretaris Daerah", "Definitive");
            Party(f, "PihakKedua", "Dr. Ir. H. Isran Noor, M.Si.", "", "Gubernur Kalimantan Timur", "Definitive");
        });

        var page = await PageAsync(client, overview);
        // A Biro's sasaran sits under Setda's tujuan (sasaran → tujuan), so that tujuan is what it serves.
        Row(page, "POD").ShouldContain("Mendukung tujuan: T1 Terwujudnya birokrasi yang efektif dan efisien");
        Row(page, "HUKUM").ShouldNotContain("Mendukung");
    }

    [Fact]
    public async Task The_first_PK_of_POD_takes_pihak_kedua_from_the_SETDA_PK_and_its_revision_keeps_its_own()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var form = Form("POD", 2024);
        await AddIndicatorAsync(client, "POD", "POD_KERJASAMA");
        HtmlForm.Fields(await client.GetStringAsync(form))["Form.PihakKedua.Nama"].ShouldBe("");
        await SaveAsync(client, "SETDA", 2024, f =>
        {
            Party(f, "PihakPertama", "Sri Wahyuni", "19700505 199503 2 002", "Sekretaris Daerah", "Plt");
            Party(f, "PihakKedua", "Dr. Ir. H. Isran Noor, M.Si.", "", "Gubernur Kalimantan Timur", "Definitive");
            Target(f, "EKPPD", "3,2");
        });

        var first = await PageAsync(client, form);

        first.ShouldContain("Pihak kedua diisi dari pihak pertama PK Setda 2024; ubah bila perlu.");
        var proposed = HtmlForm.Fields(first);
        (proposed["Form.PihakKedua.Nama"], proposed["Form.PihakKedua.Nip"], proposed["Form.PihakKedua.Jabatan"], proposed["Form.PihakKedua.Status"])
            .ShouldBe(("Sri Wahyuni", "19700505 199503 2 002", "Sekretaris Daerah", "Plt"));
        await SaveAsync(client, "POD", 2024, f =>
        {
            Party(f, "PihakPertama", "Drs. Jauhar Efendi", "19700101 199803 1 005", "Kepala Biro Pemerintahan dan Otonomi Daerah", "Definitive");
            Party(f, "PihakKedua", "Muhammad Sa'bani", "19690101 199003 1 001", "Sekretaris Daerah", "Definitive");
            Target(f, "POD_KERJASAMA", "90");
        });
        var revision = await PageAsync(client, form);
        revision.ShouldNotContain("diisi dari pihak pertama PK");
        var kept = HtmlForm.Fields(revision);
        (kept["Form.PihakKedua.Nama"], kept["Form.PihakKedua.Status"]).ShouldBe(("Muhammad Sa'bani", "Definitive"));
    }

    [Fact]
    public async Task A_Biro_planner_gets_the_pihak_kedua_proposed_though_SETDA_itself_is_outside_the_scope()
    {
        await app.CreateUserAsync("perencana.hukum.pk@uji.sakip.id", Roles.Planner, "HUKUM");
        var setda = await app.SignInAsync("perencana@demo.sakip.id");
        // A PK is the targets of the unit's indicators: without one the form explains that instead of showing the parties.
        await AddIndicatorAsync(setda, "HUKUM", "HUKUM_HARMONISASI");
        await SaveAsync(setda, "SETDA", 2025, f =>
        {
            Party(f, "PihakPertama", "Muhammad Sa'bani", "19690101 199003 1 001", "Sekretaris Daerah", "Definitive");
            Party(f, "PihakKedua", "Dr. Ir. H. Isran Noor, M.Si.", "", "Gubernur Kalimantan Timur", "Definitive");
            Target(f, "EKPPD", "3,3");
        });
        var hukum = await app.SignInAsync("perencana.hukum.pk@uji.sakip.id");

        var form = HtmlForm.Fields(await hukum.GetStringAsync(Form("HUKUM", 2025)));
        var parent = await hukum.GetAsync("/PerjanjianKinerja?instansi=SETDA&tahun=2025");

        form["Form.PihakKedua.Nama"].ShouldBe("Muhammad Sa'bani");
        parent.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static async Task<string> PageAsync(HttpClient client, string url) => WebUtility.HtmlDecode(await client.GetStringAsync(url));

    /// <summary>The row of a unit in the list of units below, with each run of white space as one space.</summary>
    static string Row(string page, string unit) =>
        Regex.Match(page, $"<tr data-unit=\"{unit}\">(.*?)</tr>", RegexOptions.Singleline) is { Success: true } m ? Regex.Replace(m.Groups[1].Value, @"\s+", " ")
        : throw new ShouldAssertException($"No row for {unit} in the list of units below.");
}
