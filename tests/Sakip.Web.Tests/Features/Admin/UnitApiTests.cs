using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Admin;

/// <summary>Writing units through <c>POST /api/v1/instansi</c> and <c>PUT /api/v1/instansi/{kode}</c>: Admin only, the page's checks, package names.</summary>
public sealed class UnitApiTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public UnitApiTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Admin_creates_and_moves_a_unit_with_the_package_field_names()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var created = await admin.PostAsJsonAsync("/api/v1/instansi",
            new { kode = "API_BARU", nama = "Bagian dari API", induk = "SETDA", jenis = "unit_kerja", singkatan = "Bag. API" });
        var updated = await admin.PutAsJsonAsync("/api/v1/instansi/API_BARU",
            new { nama = "Bagian dari API (pindah)", induk = "ADPIM", jenis = "unit_kerja", singkatan = "" });

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe("/api/v1/instansi/API_BARU");
        Fields(await created.Content.ReadAsStringAsync()).ShouldBe(new Dictionary<string, string?>
        {
            ["kode"] = "API_BARU",
            ["nama"] = "Bagian dari API",
            ["induk"] = "SETDA",
            ["jenis"] = "unit_kerja",
            ["singkatan"] = "Bag. API",
        });
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);
        Fields(await updated.Content.ReadAsStringAsync()).ShouldBe(new Dictionary<string, string?>
        {
            ["kode"] = "API_BARU",
            ["nama"] = "Bagian dari API (pindah)",
            ["induk"] = "ADPIM",
            ["jenis"] = "unit_kerja",
            ["singkatan"] = null,
        });
        var stored = await app.QueryAsync(db => db.Units.Where(u => u.Code == "API_BARU").Select(u => new { u.Id, u.Path, ParentPath = u.Parent!.Path }).SingleAsync());
        stored.Path.ShouldBe($"{stored.ParentPath}{stored.Id}/");
    }

    [Fact]
    public async Task Invalid_data_is_a_validation_problem_keyed_by_the_package_columns()
    {
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var created = await admin.PostAsJsonAsync("/api/v1/instansi", new { kode = "API SALAH", nama = "", induk = "SETDA", jenis = "dinas" });
        var renamedCode = await admin.PutAsJsonAsync("/api/v1/instansi/UMUM", new { kode = "UMUM2", nama = "Biro Umum", induk = "SETDA", jenis = "unit_kerja" });
        var cycle = await admin.PutAsJsonAsync("/api/v1/instansi/SETDA", new { kode = "SETDA", nama = "Setda", induk = "POD", jenis = "perangkat_daerah" });

        created.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        problem.GetProperty("title").GetString().ShouldBe("Data instansi tidak valid.");
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["kode", "nama", "jenis"], ignoreOrder: true);
        (await Errors(renamedCode)).ShouldBe(["kode"]);
        (await Errors(cycle)).ShouldBe(["induk"]);
        (await app.QueryAsync(db => db.Units.AnyAsync(u => u.Code == "API SALAH" || u.Code == "UMUM2"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_planner_gets_403_in_its_scope_and_404_outside_it_and_nothing_changes()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var create = await planner.PostAsJsonAsync("/api/v1/instansi", new { kode = "API_PERENCANA", nama = "Dari perencana", induk = "SETDA", jenis = "unit_kerja" });
        var update = await planner.PutAsJsonAsync("/api/v1/instansi/POD", new { nama = "POD diubah", induk = "SETDA", jenis = "unit_kerja" });
        var createOutside = await planner.PostAsJsonAsync("/api/v1/instansi", new { kode = "API_LUAR", nama = "Di luar", induk = "DINKES", jenis = "unit_kerja" });
        var updateOutside = await planner.PutAsJsonAsync("/api/v1/instansi/DINKES", new { nama = "Dinkes diubah", induk = "KALTIM", jenis = "perangkat_daerah" });

        create.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        update.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        createOutside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        updateOutside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.Units.Where(u => u.Code == "POD" || u.Code == "DINKES" || u.Code == "API_PERENCANA" || u.Code == "API_LUAR").Select(u => u.Name).ToListAsync()))
            .ShouldBe(["Biro Pemerintahan dan Otonomi Daerah", "Dinas Kesehatan"], ignoreOrder: true);
    }

    /// <summary>The text fields of a unit; its <c>versi</c> (a number, checked by the Concurrency tests) must be there too.</summary>
    static Dictionary<string, string?> Fields(string json)
    {
        var root = JsonDocument.Parse(json).RootElement;
        root.GetProperty("versi").GetInt32().ShouldBeGreaterThan(0);
        return root.EnumerateObject().Where(p => p.Name != "versi").ToDictionary(p => p.Name, p => p.Value.ValueKind == JsonValueKind.Null ? null : p.Value.GetString());
    }

    static async Task<List<string>> Errors(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        return [.. JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name)];
    }
}
