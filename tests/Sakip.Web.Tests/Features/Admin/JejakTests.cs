using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Data;
using Sakip.Data.Audit;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Admin;

/// <summary>The audit trail seen from the web: sign-ins recorded, /Admin/Jejak and /api/v1/jejak searched and guarded.</summary>
public sealed class JejakTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public JejakTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_failed_and_a_successful_sign_in_and_a_sign_out_are_recorded_with_the_account()
    {
        var client = app.Client();
        var failed = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = "pimpinan@demo.sakip.id",
            ["Form.Password"] = "Salah-Sekali-99",
        }));
        var signedIn = await app.SignInAsync("pimpinan@demo.sakip.id");
        var signedOut = await signedIn.PostAsync("/Akun/Keluar", await SakipWebFactory.FormAsync(signedIn, "/Beranda", []));

        failed.StatusCode.ShouldBe(HttpStatusCode.OK);
        signedOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.QueryAsync(db => db.Users.Where(u => u.Email == "pimpinan@demo.sakip.id").Select(u => u.Id).SingleAsync());
        var entries = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.EntityKey == id && e.Entity == "AspNetUsers" && e.Action != "tambah").OrderBy(e => e.Id).ToListAsync());
        entries.Select(e => e.Action).ShouldBe(["gagal_masuk", "masuk", "keluar"]);
        entries[0].UserName.ShouldBe("pimpinan@demo.sakip.id");
        entries[0].NewValues!.ShouldContain("\"terkunci\":false");
        entries[0].NewValues!.ShouldNotContain("Salah-Sekali");
        entries.Skip(1).ShouldAllBe(e => e.UserId == id && e.UserName == "Sekretaris Daerah (demo)");
        entries.ShouldAllBe(e => e.UnitId != null);
    }

    [Fact]
    public async Task A_sign_in_with_an_unknown_email_is_recorded_without_an_account()
    {
        var client = app.Client();

        await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = "tidak-ada@contoh.id",
            ["Form.Password"] = "apa-saja-123",
        }));

        var entry = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.UserName == "tidak-ada@contoh.id"));
        (entry.Action, entry.UserId, entry.Summary).ShouldBe(("gagal_masuk", null, "Gagal masuk: tidak-ada@contoh.id (akun tidak dikenal)"));
    }

    [Fact]
    public async Task Jejak_filters_by_unit_with_the_units_below_by_user_and_by_dates_in_the_installation_zone()
    {
        await SeedAsync();
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var byUnit = await TextAsync(admin, "/Admin/Jejak?instansi=SETDA&aksi=ubah");
        var byUser = await TextAsync(admin, "/Admin/Jejak?pengguna=Budi%20Uji");
        var byDay = await TextAsync(admin, "/Admin/Jejak?dari=2026-03-01&sampai=2026-03-01");

        byUnit.ShouldContain("UJI-SETDA");
        byUnit.ShouldContain("UJI-POD");
        byUnit.ShouldNotContain("UJI-KALTIM");
        byUser.ShouldContain("UJI-POD");
        byUser.ShouldNotContain("UJI-SETDA");
        // 1 March in WIB runs from 28 February 17.00 UTC to 1 March 17.00 UTC.
        byDay.ShouldContain("UJI-SETDA");
        byDay.ShouldContain("UJI-AKHIR-HARI");
        byDay.ShouldNotContain("UJI-HARI-BERIKUT");
        byDay.ShouldNotContain("UJI-POD");
        byDay.ShouldContain("01-03-2026 23:59:00");
        byUnit.ShouldContain("<td>Value</td><td class=\"text-break\">10</td><td class=\"text-break\">12.5</td>");
    }

    [Fact]
    public async Task Jejak_answers_an_unknown_unit_and_reversed_dates_with_400_in_Indonesian()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var unknown = await admin.GetAsync("/Admin/Jejak?instansi=TIDAK_ADA");
        var reversed = await admin.GetAsync("/Admin/Jejak?dari=2026-03-02&sampai=2026-03-01");
        var api = await admin.GetAsync("/api/v1/jejak?dari=1000-01-01");

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("Instansi dengan kode \"TIDAK_ADA\" tidak ditemukan.");
        reversed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await reversed.Content.ReadAsStringAsync()).ShouldContain("Tanggal sampai tidak boleh sebelum tanggal dari.");
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_planner_gets_403_from_the_page_its_csv_and_the_api_and_an_evaluator_reads_them()
    {
        await SeedAsync();
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var evaluator = await app.SignInAsync("evaluator@demo.sakip.id");

        (await planner.GetAsync("/Admin/Jejak")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await planner.GetAsync("/Admin/Jejak?handler=Csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await planner.GetAsync("/api/v1/jejak")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var page = await evaluator.GetAsync("/Admin/Jejak?pengguna=Budi%20Uji");
        var csv = await evaluator.GetAsync("/Admin/Jejak?handler=Csv&pengguna=Budi%20Uji");
        var api = await evaluator.GetAsync("/api/v1/jejak?instansi=SETDA&pengguna=Budi%20Uji");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("waktu,zona,pengguna,id_pengguna,alamat,aksi,objek");
        lines.Length.ShouldBe(2);
        lines[1].ShouldContain("UJI-POD");
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var entries = json.RootElement.GetProperty("catatan").EnumerateArray().ToList();
        entries.Count.ShouldBe(1);
        entries[0].GetProperty("ringkasan").GetString().ShouldBe("UJI-POD");
        entries[0].GetProperty("instansi").GetString().ShouldBe("POD");
        json.RootElement.GetProperty("zona_waktu").GetString().ShouldBe("WIB");
    }

    [Fact]
    public async Task An_export_from_the_page_is_recorded_once_as_ekspor()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await planner.GetAsync("/ImporEkspor?handler=Unduh&instansi=POD&tahun=2021");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var entry = await app.QueryAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "ekspor" && e.EntityKey == "sakip-pod-2021.zip"));
        entry.UserName.ShouldBe("Perencana Setda (demo)");
        entry.Summary.ShouldBe("Ekspor paket POD 2021");
    }

    /// <summary>Entries of known units, users and instants, each once per app (the class shares one).</summary>
    async Task SeedAsync()
    {
        await app.QueryAsync(async db =>
        {
            if (await db.AuditEntries.AnyAsync(e => e.Summary == "UJI-SETDA"))
            {
                return 0;
            }
            var units = await db.Units.Where(u => u.Code == "SETDA" || u.Code == "POD" || u.Code == "KALTIM").ToDictionaryAsync(u => u.Code, u => u.Id);
            Add(db, "2026-03-01T10:00:00+07:00", "Ani Uji", units["SETDA"], "UJI-SETDA");
            Add(db, "2026-03-01T23:59:00+07:00", "Ani Uji", units["SETDA"], "UJI-AKHIR-HARI");
            Add(db, "2026-03-02T00:00:00+07:00", "Ani Uji", units["SETDA"], "UJI-HARI-BERIKUT");
            Add(db, "2026-05-10T09:00:00+07:00", "Budi Uji", units["POD"], "UJI-POD");
            Add(db, "2026-03-01T11:00:00+07:00", "Ani Uji", units["KALTIM"], "UJI-KALTIM");
            return await db.SaveChangesAsync();
        });
    }

    static void Add(SakipDb db, string at, string user, int unitId, string summary)
    {
        using var actor = AuditActor.Use(new AuditActor(null, user, "10.0.0.9"));
        AuditLog.Add(db, DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), "ubah", "targets", "1", unitId, summary,
            """{"Value":10}""", """{"Value":12.5}""");
    }

    static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
