using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>Writing the plan through <c>/api/v1/rencana</c> and <c>/indikator</c>: the screens' checks, keyed by package column.</summary>
public sealed class PlanApiTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public PlanApiTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_sasaran_under_a_misi_is_a_validation_problem_on_induk()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsJsonAsync("/api/v1/rencana", Element("S80", "M4"));
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("\"induk\"");
        body.ShouldContain("Sasaran harus berada di bawah tujuan");
        (await app.QueryAsync(db => db.PlanElements.AnyAsync(p => p.Code == "S80"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_sasaran_and_its_indicator_are_created_and_the_indicator_changed()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var element = await client.PostAsJsonAsync("/api/v1/rencana", Element("S81", "T2"));
        var indicator = await client.PostAsJsonAsync("/api/v1/indikator", Indicator("IND_S81", "S81", "Indeks layanan"));
        var changed = await client.PutAsJsonAsync("/api/v1/indikator/IND_S81", Indicator("IND_S81", "S81", "Indeks kualitas layanan"));

        element.StatusCode.ShouldBe(HttpStatusCode.OK);
        indicator.StatusCode.ShouldBe(HttpStatusCode.OK);
        changed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.QueryAsync(db => db.Indicators.Where(i => i.Code == "IND_S81").Select(i => new { i.Name, Element = i.PlanElement.Code }).SingleAsync()))
            .ShouldBe(new { Name = "Indeks kualitas layanan", Element = "S81" });
    }

    [Fact]
    public async Task Pimpinan_gets_403_and_a_unit_outside_the_scope_404()
    {
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var forbidden = await leader.PostAsJsonAsync("/api/v1/rencana", Element("S82", "T1"));
        var hidden = await planner.PutAsJsonAsync("/api/v1/rencana/M4", new { kode = "M4", instansi = "KALTIM", jenis = "misi", induk = "V", uraian = "Diubah" });

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.QueryAsync(db => db.PlanElements.SingleAsync(p => p.Code == "M4"))).Statement.ShouldNotBe("Diubah");
    }

    static object Element(string code, string parent) =>
        new { kode = code, instansi = "SETDA", jenis = "sasaran", induk = parent, uraian = "Meningkatnya kualitas layanan" };

    static object Indicator(string code, string element, string name) =>
        new { kode = code, rencana = element, uraian = name, satuan = "Indeks", arah = "naik", agregasi = "akhir", iku = true };
}
