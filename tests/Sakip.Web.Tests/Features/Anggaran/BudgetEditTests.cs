using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Accounts;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Anggaran;

public sealed class BudgetEditTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Page = "/Anggaran/Ubah?instansi=POD&tahun=2021&kode=";

    [Fact]
    public async Task Quarters_of_a_sub_kegiatan_make_its_annual_realisasi_and_roll_up_into_the_program()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/Anggaran?instansi=POD&tahun=2021"));

        var response = await client.PostAsync(Page + "POD.P1.K1.S1", await SakipWebFactory.FormAsync(client, Page + "POD.P1.K1.S1", new()
        {
            ["Form.Pagu"] = "5.250.000",
            ["Form.Tw1"] = "1.000.000",
            ["Form.Tw2"] = "500.000,50",
            ["Form.Tw3"] = "",
            ["Form.Tw4"] = "",
            ["Form.Realisasi"] = "1.775.500",
        }));
        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/Anggaran?instansi=POD&tahun=2021"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        before.ShouldContain("Penyerapan = 1.812.375.117 / 1.978.277.750 × 100 = 91,61 %");
        after.ShouldContain("Penyerapan = 1.812.099.617,50 / 1.978.277.750 × 100 = 91,60 %");
        after.ShouldContain("Penyerapan = 1.500.000,50 / 5.250.000 × 100 = 28,57 %");
        var line = await app.QueryAsync(db => db.BudgetLines.SingleAsync(b => b.Code == "POD.P1.K1.S1"));
        (line.SpentQ1, line.SpentQ2, line.SpentQ3, line.SpentQ4, line.Spent).ShouldBe((1000000m, 500000.50m, null, null, 1500000.50m));
    }

    [Fact]
    public async Task An_unreadable_number_is_reported_in_Indonesian_and_nothing_changes()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync(Page + "POD.P1.K2.S1", await SakipWebFactory.FormAsync(client, Page + "POD.P1.K2.S1", new()
        {
            ["Form.Pagu"] = "enam ratus juta",
            ["Form.Tw1"] = "-5",
        }));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Pagu: tidak dapat dibaca sebagai angka");
        html.ShouldContain("Realisasi TW I tidak boleh negatif.");
        var line = await app.QueryAsync(db => db.BudgetLines.SingleAsync(b => b.Code == "POD.P1.K2.S1"));
        (line.Ceiling, line.Spent, line.SpentQ1).ShouldBe((630930320m, 594035680m, null));
    }

    [Fact]
    public async Task A_kegiatan_with_rincian_shows_their_sum_and_takes_no_amounts_of_its_own()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var form = WebUtility.HtmlDecode(await client.GetStringAsync(Page + "POD.P1.K2"));
        var response = await client.PostAsync(Page + "POD.P1.K2", await SakipWebFactory.FormAsync(client, Page + "POD.P1.K2", new()
        {
            ["Form.Pagu"] = "1",
        }));

        form.ShouldContain("adalah jumlah rinciannya");
        form.ShouldNotContain("name=\"Form.Pagu\"");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.QueryAsync(db => db.BudgetLines.SingleAsync(b => b.Code == "POD.P1.K2"))).Ceiling.ShouldBe(775530320m);
    }

    [Fact]
    public async Task A_program_is_linked_to_a_sasaran_and_indicator_of_the_sekretariat_above()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var (s2, ekppd) = await app.QueryAsync(async db => (
            await db.PlanElements.Where(p => p.Code == "S2").Select(p => p.Id).SingleAsync(),
            await db.Indicators.Where(i => i.Code == "EKPPD").Select(i => i.Id).SingleAsync()));

        var unknown = await client.PostAsync(Page + "POD.P1", await SakipWebFactory.FormAsync(client, Page + "POD.P1", new()
        {
            ["Form.SasaranId"] = "999999",
        }));
        var saved = await client.PostAsync(Page + "POD.P1", await SakipWebFactory.FormAsync(client, Page + "POD.P1", new()
        {
            ["Form.SasaranId"] = s2.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.IndikatorId"] = ekppd.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await unknown.Content.ReadAsStringAsync()).ShouldContain("Sasaran terkait tidak ditemukan");
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var line = await app.QueryAsync(db => db.BudgetLines.SingleAsync(b => b.Code == "POD.P1"));
        (line.PlanElementId, line.IndicatorId, line.Ceiling).ShouldBe((s2, ekppd, 1978277750m));
    }

    [Fact]
    public async Task A_leader_may_read_but_not_save()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var get = await client.GetAsync(Page + "POD.P1.K3");
        var post = await client.PostAsync(Page + "POD.P1.K3", await SakipWebFactory.FormAsync(client, Page + "POD.P1.K3", new() { ["Form.Pagu"] = "1" }));

        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.BudgetLines.SingleAsync(b => b.Code == "POD.P1.K3"))).Ceiling.ShouldBe(58000000m);
    }

    [Fact]
    public async Task Another_units_line_does_not_exist()
    {
        await app.CreateUserAsync("perencana@dinkes.anggaran.sakip.id", Roles.Planner, "DINKES");
        var client = await app.SignInAsync("perencana@dinkes.anggaran.sakip.id");

        var get = await client.GetAsync(Page + "POD.P1.K1.S1");
        var post = await client.PostAsync(Page + "POD.P1.K1.S1", await SakipWebFactory.FormAsync(client, "/Beranda", new() { ["Form.Pagu"] = "1" }));

        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        post.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
