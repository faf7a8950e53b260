using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;
using static Sakip.Web.Tests.Features.PerjanjianKinerja.AgreementSteps;

namespace Sakip.Web.Tests.Features.PerjanjianKinerja;

/// <summary><c>/api/v1/perjanjian</c>: the saved PK with the package's Indonesian field names, its versions, 404 outside the scope, 401 anonymous.</summary>
public sealed class PerjanjianKinerjaApiTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task The_saved_PK_of_POD_is_served_with_the_package_field_names()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        await AddIndicatorAsync(client, "POD", "POD_API");
        await SavePodAsync(client, 2021, "POD_API", "Drs. Jauhar Efendi", "Plt");

        using var pk = await JsonAsync(client, "/api/v1/perjanjian?instansi=POD&tahun=2021");

        var root = pk.RootElement;
        Names(root).ShouldBe(["instansi", "tahun", "versi", "berlaku", "pihak_pertama", "pihak_kedua", "tanggal_tanda_tangan", "alasan", "target", "program"]);
        (root.GetProperty("instansi").GetString(), root.GetProperty("tahun").GetInt32(), root.GetProperty("versi").GetInt32(), root.GetProperty("berlaku").GetBoolean())
            .ShouldBe(("POD", 2021, 1, true));
        Names(root.GetProperty("pihak_pertama")).ShouldBe(["nama", "nip", "jabatan", "status"]);
        PartyOf(root.GetProperty("pihak_pertama")).ShouldBe(("Drs. Jauhar Efendi", "197001011998031005", "Kepala Biro Pemerintahan dan Otonomi Daerah", "plt"));
        PartyOf(root.GetProperty("pihak_kedua")).ShouldBe(("Muhammad Sa'bani", "196901011990031001", "Sekretaris Daerah", "definitif"));
        root.GetProperty("tanggal_tanda_tangan").GetString().ShouldBe("2021-02-01");
        root.GetProperty("alasan").ValueKind.ShouldBe(JsonValueKind.Null);
        var target = root.GetProperty("target").EnumerateArray().Single();
        Names(target).ShouldBe(["indikator", "nilai", "nilai_maks", "teks"]);
        (target.GetProperty("indikator").GetString(), target.GetProperty("nilai").GetDecimal()).ShouldBe(("POD_API", 87.5m));
        var program = root.GetProperty("program").EnumerateArray().Single(p => p.GetProperty("nama").GetString() == "PROGRAM PEMERINTAHAN DAN OTONOMI DAERAH");
        Names(program).ShouldBe(["nama", "jumlah"]);
        program.GetProperty("jumlah").GetDecimal().ShouldBe(4120899250m);
    }

    [Fact]
    public async Task A_revision_is_listed_as_a_version_and_the_earlier_one_is_served_by_number()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        await AddIndicatorAsync(client, "POD", "POD_VERSI");
        await SavePodAsync(client, 2022, "POD_VERSI", "Drs. Jauhar Efendi", "Definitive");
        await SaveAsync(client, "POD", 2022, f =>
        {
            Party(f, "PihakPertama", "Rina Marlina", "19750303 200003 2 001", "Kepala Biro Pemerintahan dan Otonomi Daerah", "Plh");
            f["Form.Alasan"] = "Pergantian pejabat: Plh Kepala Biro";
        });

        using var versions = await JsonAsync(client, "/api/v1/perjanjian/versi?instansi=POD&tahun=2022");
        using var first = await JsonAsync(client, "/api/v1/perjanjian?instansi=POD&tahun=2022&versi=1");
        using var current = await JsonAsync(client, "/api/v1/perjanjian?instansi=POD&tahun=2022");

        var list = versions.RootElement.EnumerateArray().ToList();
        Names(list[0]).ShouldBe(["versi", "berlaku", "tanggal_tanda_tangan", "alasan", "dibuat_pada", "dibuat_oleh", "pihak_pertama"]);
        list.Select(v => (v.GetProperty("versi").GetInt32(), v.GetProperty("berlaku").GetBoolean(), v.GetProperty("pihak_pertama").GetProperty("status").GetString()))
            .ShouldBe([(1, false, "definitif"), (2, true, "plh")]);
        list[1].GetProperty("alasan").GetString().ShouldBe("Pergantian pejabat: Plh Kepala Biro");
        (first.RootElement.GetProperty("versi").GetInt32(), first.RootElement.GetProperty("berlaku").GetBoolean()).ShouldBe((1, false));
        first.RootElement.GetProperty("pihak_pertama").GetProperty("nama").GetString().ShouldBe("Drs. Jauhar Efendi");
        current.RootElement.GetProperty("versi").GetInt32().ShouldBe(2);
        current.RootElement.GetProperty("pihak_pertama").GetProperty("nama").GetString().ShouldBe("Rina Marlina");
    }

    [Fact]
    public async Task A_PK_outside_the_scope_of_a_Biro_planner_or_one_that_does_not_exist_is_not_found()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        await AddIndicatorAsync(planner, "POD", "POD_LINGKUP");
        await SavePodAsync(planner, 2023, "POD_LINGKUP", "Drs. Jauhar Efendi", "Definitive");
        await app.CreateUserAsync("perencana.hukum.api@uji.sakip.id", Roles.Planner, "HUKUM");
        var hukum = await app.SignInAsync("perencana.hukum.api@uji.sakip.id");

        var own = await planner.GetAsync("/api/v1/perjanjian?instansi=POD&tahun=2023");
        var outside = await hukum.GetAsync("/api/v1/perjanjian?instansi=POD&tahun=2023");
        var outsideVersions = await hukum.GetAsync("/api/v1/perjanjian/versi?instansi=POD&tahun=2023");
        var none = await hukum.GetAsync("/api/v1/perjanjian?instansi=HUKUM&tahun=2023");
        var noVersion = await planner.GetAsync("/api/v1/perjanjian?instansi=POD&tahun=2023&versi=7");

        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        outsideVersions.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        noVersion.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_API_reads_the_reporting_replica_while_the_page_reads_the_primary()
    {
        var replica = Path.Combine(Path.GetTempPath(), $"sakip-replica-{Guid.NewGuid():N}.db");
        using var replicated = new SakipWebFactory { Settings = new Dictionary<string, string?> { ["ConnectionStrings:SakipReadOnly"] = $"Data Source={replica}" } };
        var client = await replicated.SignInAsync("perencana@demo.sakip.id");
        await AddIndicatorAsync(client, "POD", "POD_REPLIKA");
        await SavePodAsync(client, 2021, "POD_REPLIKA", "Drs. Jauhar Efendi", "Definitive");
        // The replica is a snapshot taken now; the revision then reaches only the primary, as if replication lagged.
        await replicated.QueryAsync(db => db.Database.ExecuteSqlAsync($"VACUUM INTO {replica}"));
        await SaveAsync(client, "POD", 2021, f => f["Form.Alasan"] = "Perubahan anggaran");

        using var reported = await JsonAsync(client, "/api/v1/perjanjian?instansi=POD&tahun=2021");
        using var versions = await JsonAsync(client, "/api/v1/perjanjian/versi?instansi=POD&tahun=2021");
        var page = await client.GetStringAsync("/PerjanjianKinerja?instansi=POD&tahun=2021");

        reported.RootElement.GetProperty("versi").GetInt32().ShouldBe(1);
        versions.RootElement.GetArrayLength().ShouldBe(1);
        page.ShouldContain("Lihat versi 2");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(replica);
    }

    [Theory]
    [InlineData("/api/v1/perjanjian?instansi=SETDA&tahun=2021")]
    [InlineData("/api/v1/perjanjian/versi?instansi=SETDA&tahun=2021")]
    public async Task An_anonymous_call_is_unauthorized(string url)
    {
        var response = await app.Client().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task OpenApi_lists_both_endpoints_under_Perjanjian_Kinerja()
    {
        using var document = JsonDocument.Parse(await app.Client().GetStringAsync("/openapi/v1.json"));

        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/perjanjian", "/api/v1/perjanjian/versi" })
        {
            paths.GetProperty(path).GetProperty("get").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ShouldBe(["Perjanjian Kinerja"], path);
        }
    }

    static Task SavePodAsync(HttpClient client, int year, string indicator, string firstParty, string status) =>
        SaveAsync(client, "POD", year, f =>
        {
            Party(f, "PihakPertama", firstParty, "19700101 199803 1 005", "Kepala Biro Pemerintahan dan Otonomi Daerah", status);
            Party(f, "PihakKedua", "Muhammad Sa'bani", "19690101 199003 1 001", "Sekretaris Daerah", "Definitive");
            f["Form.TanggalTandaTangan"] = $"{year}-02-01";
            Target(f, indicator, "87,5");
        });

    static (string?, string?, string?, string?) PartyOf(JsonElement party) =>
        (party.GetProperty("nama").GetString(), party.GetProperty("nip").GetString(), party.GetProperty("jabatan").GetString(), party.GetProperty("status").GetString());

    static async Task<JsonDocument> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];
}
