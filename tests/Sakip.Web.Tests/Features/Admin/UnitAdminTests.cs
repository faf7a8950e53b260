using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Admin;

/// <summary>
/// The Admin page of units (/Admin/Instansi): adding and moving units keeps the paths that every scope check relies
/// on, and what a change shows on the dashboards is not hidden by their cached results.
/// </summary>
public sealed class UnitAdminTests : IClassFixture<SakipWebFactory>
{
    const string Page = "/Admin/Instansi";

    readonly SakipWebFactory app;

    public UnitAdminTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_unit_added_under_Setda_has_the_right_path_and_its_planner_sees_and_opens_it_from_the_dashboard()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        (await DashboardAsync(planner, "SETDA")).ShouldNotContain("BAGIAN_BARU");
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var response = await admin.PostAsync($"{Page}?handler=Tambah&instansi=SETDA",
            await SakipWebFactory.FormAsync(admin, $"{Page}?instansi=SETDA", Add("BAGIAN_BARU", "Bagian Tata Laksana Baru", "SETDA", "unit_kerja", "Bag. Tatalaksana")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe($"{Page}?instansi=SETDA");
        var stored = await app.QueryAsync(db => db.Units.Where(u => u.Code == "BAGIAN_BARU")
            .Select(u => new { u.Id, u.Path, ParentPath = u.Parent!.Path, u.ShortName }).SingleAsync());
        stored.Path.ShouldBe($"{stored.ParentPath}{stored.Id}/");
        stored.ShortName.ShouldBe("Bag. Tatalaksana");
        (await PageAsync(admin, $"{Page}?instansi=SETDA")).ShouldContain("data-kode=\"BAGIAN_BARU\"");
        (await DashboardAsync(planner, "SETDA")).ShouldContain("<a href=\"/Beranda?instansi=BAGIAN_BARU&tahun=2021\">Bag. Tatalaksana</a>");
        (await DashboardAsync(planner, "BAGIAN_BARU")).ShouldContain("Bagian Tata Laksana Baru");
    }

    public static TheoryData<string, string, string, string> InvalidUnits => new()
    {
        { "PBJ", "Biro Pengadaan Kedua", "unit_kerja", "Kode instansi PBJ sudah dipakai." },
        { "BIRO_TANPA_NAMA", "", "unit_kerja", "Nama instansi wajib diisi, paling banyak 300 karakter." },
        { "BIRO_JENIS_ASING", "Biro Jenis Asing", "dinas", "Jenis instansi \"dinas\" tidak dikenal; pilih salah satu: pemda, perangkat_daerah, unit_kerja." },
    };

    [Theory]
    [MemberData(nameof(InvalidUnits))]
    public async Task An_invalid_unit_is_refused_in_Indonesian_keeps_what_was_typed_and_stores_nothing(string code, string name, string kind, string message)
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var before = await app.QueryAsync(db => db.Units.OrderBy(u => u.Id).Select(u => u.Code + "|" + u.Name).ToListAsync());

        var response = await admin.PostAsync($"{Page}?handler=Tambah&instansi=SETDA",
            await SakipWebFactory.FormAsync(admin, Page, Add(code, name, "SETDA", kind, "Singkatan Ketikan")));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain(message);
        html.ShouldContain($"name=\"Add.Kode\" value=\"{code}\"");
        html.ShouldContain("name=\"Add.Singkatan\" value=\"Singkatan Ketikan\"");
        (await app.QueryAsync(db => db.Units.OrderBy(u => u.Id).Select(u => u.Code + "|" + u.Name).ToListAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Moving_Hukum_under_POD_rewrites_the_paths_below_it_opens_it_to_POD_and_POD_cannot_then_move_under_Hukum()
    {
        await app.CreateUserAsync("perencana.pod@uji.sakip.id", Roles.Planner, "POD");
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        (await admin.PostAsync($"{Page}?handler=Tambah", await SakipWebFactory.FormAsync(admin, Page, Add("SUBBAG_HUKUM", "Subbagian Perundang-undangan", "HUKUM", "unit_kerja", ""))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var pod = await app.SignInAsync("perencana.pod@uji.sakip.id");
        (await pod.GetAsync("/Beranda?instansi=HUKUM&tahun=2021")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var moved = await admin.PostAsync($"{Page}?handler=Ubah&kode=HUKUM",
            await SakipWebFactory.FormAsync(admin, $"{Page}?ubah=HUKUM", Edit("Biro Hukum", "Biro Hukum", "unit_kerja", "POD")));
        var cycle = await admin.PostAsync($"{Page}?handler=Ubah&kode=POD",
            await SakipWebFactory.FormAsync(admin, $"{Page}?ubah=POD", Edit("Biro Pemerintahan dan Otonomi Daerah", "Biro POD", "unit_kerja", "HUKUM")));

        moved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var paths = await app.QueryAsync(db => db.Units.Where(u => u.Code == "POD" || u.Code == "HUKUM" || u.Code == "SUBBAG_HUKUM" || u.Code == "SETDA")
            .ToDictionaryAsync(u => u.Code, u => (u.Id, u.Path)));
        paths["HUKUM"].Path.ShouldBe($"{paths["POD"].Path}{paths["HUKUM"].Id}/");
        paths["SUBBAG_HUKUM"].Path.ShouldBe($"{paths["HUKUM"].Path}{paths["SUBBAG_HUKUM"].Id}/");
        (await pod.GetAsync("/Beranda?instansi=HUKUM&tahun=2021")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await pod.GetAsync("/Beranda?instansi=SUBBAG_HUKUM&tahun=2021")).StatusCode.ShouldBe(HttpStatusCode.OK);
        cycle.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await cycle.Content.ReadAsStringAsync()).ShouldContain("Instansi tidak dapat dipindah ke bawah dirinya sendiri.");
        paths["POD"].Path.ShouldBe($"{paths["SETDA"].Path}{paths["POD"].Id}/");
    }

    [Fact]
    public async Task A_renamed_unit_shows_its_new_name_on_the_dashboards_that_had_cached_the_old_one()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        (await DashboardAsync(admin, "SETDA")).ShouldContain(">Biro Kesra</a>");
        (await DashboardAsync(admin, "KESRA")).ShouldContain(">Biro Kesra</a>");

        var renamed = await admin.PostAsync($"{Page}?handler=Ubah&kode=KESRA&instansi=SETDA",
            await SakipWebFactory.FormAsync(admin, $"{Page}?instansi=SETDA&ubah=KESRA", Edit("Biro Kesejahteraan Rakyat dan Keagamaan", "Biro Kesra Agama", "unit_kerja", "SETDA")));

        renamed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var kesra = await DashboardAsync(admin, "KESRA");
        kesra.ShouldContain("Biro Kesejahteraan Rakyat dan Keagamaan");
        kesra.ShouldContain(">Biro Kesra Agama</a>");
        var setda = await DashboardAsync(admin, "SETDA");
        setda.ShouldContain(">Biro Kesra Agama</a>");
        setda.ShouldNotContain(">Biro Kesra</a>");
    }

    [Fact]
    public async Task The_edit_form_shows_the_unit_as_stored_and_the_code_cannot_be_typed()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var html = await PageAsync(admin, $"{Page}?instansi=SETDA&ubah=UMUM");

        html.ShouldContain("name=\"Edit.Nama\" value=\"Biro Umum\"");
        html.ShouldContain("name=\"Edit.Induk\" value=\"SETDA\"");
        html.ShouldNotContain("name=\"Edit.Kode\"");
    }

    [Fact]
    public async Task A_planner_gets_403_for_the_page_and_its_forms()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var page = await planner.GetAsync($"{Page}?instansi=SETDA");
        var add = await planner.PostAsync($"{Page}?handler=Tambah",
            await SakipWebFactory.FormAsync(planner, "/Beranda", Add("BIRO_PERENCANA", "Biro dari Perencana", "SETDA", "unit_kerja", "")));
        var edit = await planner.PostAsync($"{Page}?handler=Ubah&kode=SETDA",
            await SakipWebFactory.FormAsync(planner, "/Beranda", Edit("Setda Diubah", "Setda", "perangkat_daerah", "KALTIM")));

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        add.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "BIRO_PERENCANA"))).ShouldBeFalse();
        (await app.QueryAsync(db => db.Units.SingleAsync(u => u.Code == "SETDA"))).Name.ShouldBe("Sekretariat Daerah Provinsi Kalimantan Timur");
    }

    [Fact]
    public async Task The_page_lists_the_roots_and_their_children_by_default_and_one_unit_and_its_children_when_chosen()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var roots = await PageAsync(admin, Page);
        var setda = await PageAsync(admin, $"{Page}?instansi=SETDA");

        roots.ShouldContain("data-kode=\"KALTIM\"");
        roots.ShouldContain("data-kode=\"SETDA\"");
        roots.ShouldContain("href=\"/Admin/Instansi?instansi=SETDA\">Buka (");
        roots.ShouldNotContain("data-kode=\"POD\"");
        setda.ShouldContain("data-kode=\"POD\"");
        setda.ShouldNotContain("data-kode=\"DINKES\"");
        (await admin.GetAsync($"{Page}?instansi=TIDAK_ADA")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static async Task<string> DashboardAsync(HttpClient client, string unit) => await PageAsync(client, $"/Beranda?instansi={unit}&tahun=2021");

    static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    static Dictionary<string, string> Add(string code, string name, string parent, string kind, string shortName) => new()
    {
        ["Add.Kode"] = code,
        ["Add.Nama"] = name,
        ["Add.Induk"] = parent,
        ["Add.Jenis"] = kind,
        ["Add.Singkatan"] = shortName,
    };

    static Dictionary<string, string> Edit(string name, string shortName, string kind, string parent) => new()
    {
        ["Edit.Nama"] = name,
        ["Edit.Singkatan"] = shortName,
        ["Edit.Jenis"] = kind,
        ["Edit.Induk"] = parent,
    };
}
