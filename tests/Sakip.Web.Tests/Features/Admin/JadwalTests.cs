using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Workflow;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Admin;

/// <summary>The Admin page of schedules (/Admin/Jadwal): defaults, edits with their rules and versions, the zone, Admin only.</summary>
public sealed class JadwalTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Page = "/Admin/Jadwal";

    static Dictionary<string, string> Window(int year, string kind, string period, string? opens, string? closes, string policy = "dicatat") => new()
    {
        ["Jadwal.Tahun"] = year.ToString(CultureInfo.InvariantCulture),
        ["Jadwal.Objek"] = kind,
        ["Jadwal.Periode"] = period,
        ["Jadwal.Dibuka"] = opens ?? "",
        ["Jadwal.Ditutup"] = closes ?? "",
        ["Jadwal.Kebijakan"] = policy,
    };

    async Task<List<string>> StoredAsync(int year) =>
        [.. (await app.QueryAsync(db => db.Schedules.AsNoTracking().Where(s => s.Year == year).OrderBy(s => s.Id).ToListAsync()))
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Kind} {s.Period} {s.OpensOn:yyyy-MM-dd} {s.ClosesOn:yyyy-MM-dd} {s.Policy}"))];

    /// <summary>The zone deadlines are shown in: another test of this class may have changed it.</summary>
    async Task<string> ZoneAsync() => await app.QueryAsync(db => db.WorkflowSettings.Select(s => s.TimeZone).FirstOrDefaultAsync()) ?? "WIB";

    [Theory]
    [InlineData("perencana@demo.sakip.id")]
    [InlineData("verifikator@demo.sakip.id")]
    [InlineData("evaluator@demo.sakip.id")]
    [InlineData("pimpinan@demo.sakip.id")]
    public async Task Only_an_Admin_opens_the_page_or_saves_a_schedule(string email)
    {
        var client = await app.SignInAsync(email);

        var page = await client.GetAsync(Page);
        var save = await client.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(client, "/Beranda", Window(2030, "pk", "tahunan", null, "2030-02-28")));
        var defaults = await client.PostAsync($"{Page}?handler=Usulan", await SakipWebFactory.FormAsync(client, "/Beranda", new() { ["Usulan.Tahun"] = "2030" }));

        page.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        save.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        defaults.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StoredAsync(2030)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Defaults_fill_the_year_without_overwriting_a_window_already_set_and_show_each_deadline_with_its_zone()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        (await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, $"{Page}?tahun=2022", Window(2022, "realisasi", "tw1", "2022-04-01", "2022-04-30", "ditolak"))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var filled = await admin.PostAsync($"{Page}?handler=Usulan", await SakipWebFactory.FormAsync(admin, $"{Page}?tahun=2022", new()
        {
            ["Usulan.Tahun"] = "2022",
            ["Usulan.PenetapanAnggaran"] = "2022-01-10",
        }));

        filled.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await StoredAsync(2022);
        stored.Count.ShouldBe(9);
        stored.ShouldContain("Realisation Q1 2022-04-01 2022-04-30 Refuse");
        stored.ShouldContain("Agreement Annual  2022-02-10 Mark");
        stored.ShouldContain("Realisation Q4 2023-01-01 2023-01-31 Mark");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync($"{Page}?tahun=2022"));
        var zone = await ZoneAsync();
        html.ShouldContain($"31-01-2023 pukul 23.59 {zone}");
        html.ShouldContain($"30-04-2022 pukul 23.59 {zone}");
        html.ShouldContain("ditolak");
    }

    public static TheoryData<int, string, string, string?, string?, string> Invalid => new()
    {
        { 2023, "realisasi", "tw2", "2023-07-20", "2023-07-15", "Tanggal ditutup (15-07-2023) tidak boleh sebelum tanggal dibuka (20-07-2023)." },
        { 20231, "realisasi", "tw2", null, "2023-07-15", "Tahun harus empat angka antara 1900 dan 2100." },
        { 2023, "lkjip", "tahunan", null, "9999-12-31", "Tanggal ditutup harus antara 01-01-2021 dan 31-12-2025 untuk jadwal tahun 2023." },
        { 2023, "pk", "tw3", null, "2023-02-28", "Perjanjian Kinerja dijadwalkan per tahun; pilih periode Tahunan." },
        { 2023, "pk", "tahunan", null, null, "Tanggal ditutup wajib diisi." },
        { 2023, "bukan", "tahunan", null, "2023-02-28", "Pilih objek yang dijadwalkan." },
        { 2023, "pk", "tahunan", null, "31/02/2023", "Nilai \"31/02/2023\" tidak valid" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_window_is_refused_in_Indonesian_keeps_what_was_typed_and_stores_nothing(
        int year, string kind, string period, string? opens, string? closes, string message)
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var response = await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, Window(year, kind, period, opens, closes)));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain(message);
        if (closes is not null)
        {
            html.ShouldContain($"value=\"{closes}\"");
        }
        (await StoredAsync(2023)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_save_from_a_stale_form_is_refused_with_409_naming_the_stored_window_and_keeps_what_was_typed()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        (await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, Window(2024, "target", "tahunan", null, "2024-01-31")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.QueryAsync(db => db.Schedules.Where(s => s.Year == 2024 && s.Kind == CycleObject.Targets).Select(s => s.Id).SingleAsync());
        var opened = HtmlForm.Fields(EditForm(await admin.GetStringAsync($"{Page}?tahun=2024&ubah={id}")));
        var first = new Dictionary<string, string>(opened) { ["Jadwal.Ditutup"] = "2024-02-15" };
        var second = new Dictionary<string, string>(opened) { ["Jadwal.Ditutup"] = "2024-03-01" };
        (await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, first))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var stale = await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, second));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        html.ShouldContain("Jadwal Target tahunan dan triwulan 2024 telah diubah");
        html.ShouldContain($"ditutup 15-02-2024 pukul 23.59 {await ZoneAsync()}");
        html.ShouldContain("value=\"2024-03-01\"");
        (await StoredAsync(2024)).ShouldBe(["Targets Annual  2024-02-15 Mark"]);
        var again = await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, HtmlForm.Fields(EditForm(await stale.Content.ReadAsStringAsync()))));
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync(2024)).ShouldBe(["Targets Annual  2024-03-01 Mark"]);
    }

    [Fact]
    public async Task A_delete_with_a_stale_version_is_refused_and_with_the_current_one_removes_the_window()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        (await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, Window(2025, "iku", "tahunan", null, "2025-01-31")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (id, version) = await app.QueryAsync(async db => await db.Schedules.Where(s => s.Year == 2025).Select(s => ValueTuple.Create(s.Id, s.Version)).SingleAsync());

        var stale = await admin.PostAsync($"{Page}?handler=Hapus&id={id}&versi={version + 5}", await SakipWebFactory.FormAsync(admin, Page, []));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await StoredAsync(2025)).Count.ShouldBe(1);

        var deleted = await admin.PostAsync($"{Page}?handler=Hapus&id={id}&versi={version}", await SakipWebFactory.FormAsync(admin, Page, []));
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await StoredAsync(2025)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_zone_is_stored_in_one_row_shown_on_every_deadline_and_a_stale_settings_form_gets_409()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        (await admin.PostAsync($"{Page}?handler=Simpan", await SakipWebFactory.FormAsync(admin, Page, Window(2026, "lkjip", "tahunan", null, "2027-02-28")))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var opened = HtmlForm.Fields(ZoneForm(await admin.GetStringAsync($"{Page}?tahun=2026")));

        var saved = await admin.PostAsync($"{Page}?handler=Zona&tahun=2026", await SakipWebFactory.FormAsync(admin, Page,
            new Dictionary<string, string>(opened) { ["Zona.Zona"] = "WITA", ["Zona.Pengingat"] = "5", ["Zona.Eskalasi"] = "2" }));
        var stale = await admin.PostAsync($"{Page}?handler=Zona&tahun=2026", await SakipWebFactory.FormAsync(admin, Page,
            new Dictionary<string, string>(opened) { ["Zona.Zona"] = "WIT" }));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("zona WITA, pengingat 5 hari, eskalasi 2 hari");
        (await app.QueryAsync(db => db.WorkflowSettings.Select(s => $"{s.TimeZone} {s.RemindDaysBefore} {s.EscalateDaysAfter}").ToListAsync())).ShouldBe(["WITA 5 2"]);
        WebUtility.HtmlDecode(await admin.GetStringAsync($"{Page}?tahun=2026")).ShouldContain("28-02-2027 pukul 23.59 WITA");
        var bad = await admin.PostAsync($"{Page}?handler=Zona", await SakipWebFactory.FormAsync(admin, Page, new() { ["Zona.Zona"] = "UTC", ["Zona.Pengingat"] = "500", ["Zona.Eskalasi"] = "1" }));
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        badHtml.ShouldContain("Pilih zona waktu: WIB, WITA atau WIT.");
        badHtml.ShouldContain("Pengingat harus antara 0 dan 90 hari sebelum batas waktu.");
    }

    /// <summary>The add/edit form and what follows it (the table's delete forms come first).</summary>
    static string EditForm(string html) => html[html.IndexOf("<section id=\"isian\"", StringComparison.Ordinal)..];

    /// <summary>The zone form alone (HtmlForm reads the first form of a page).</summary>
    static string ZoneForm(string html) => html[html.IndexOf("<section aria-labelledby=\"zona-judul\"", StringComparison.Ordinal)..];
}
