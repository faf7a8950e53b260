using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>Changing the plan: elements under the right parent, indicators with their targets, refused deletes, roles.</summary>
public sealed class PlanEditTests : IClassFixture<SakipWebFactory>
{
    const string NewElement = "/Perencanaan/Rencana?instansi=SETDA";
    readonly SakipWebFactory app;

    public PlanEditTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_sasaran_under_a_misi_is_refused_with_a_message_and_nothing_is_stored()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync(NewElement, await SakipWebFactory.FormAsync(client, NewElement, Element("S90", "M4")));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("Sasaran harus berada di bawah tujuan, sedangkan M4 adalah misi.");
        (await app.QueryAsync(db => db.PlanElements.AnyAsync(p => p.Code == "S90"))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_sasaran_under_a_tujuan_is_stored_with_the_period_of_its_tujuan()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync(NewElement, await SakipWebFactory.FormAsync(client, NewElement, Element("S91", "T1")));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = await app.QueryAsync(db => db.PlanElements.Where(p => p.Code == "S91")
            .Select(p => new { Parent = p.Parent!.Code, Unit = p.Unit.Code, p.Kind, p.Statement, p.PeriodStart, p.PeriodEnd }).SingleAsync());
        stored.ShouldBe(new { Parent = "T1", Unit = "SETDA", Kind = PlanElementKind.Objective, Statement = "Meningkatnya kualitas data kinerja", PeriodStart = (int?)2019, PeriodEnd = (int?)2023 });
        (await client.GetStringAsync("/Perencanaan")).ShouldContain("Meningkatnya kualitas data kinerja");
    }

    [Fact]
    public async Task A_duplicate_code_is_refused()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync(NewElement, await SakipWebFactory.FormAsync(client, NewElement, Element("S1", "T1")));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Kode S1 sudah dipakai rencana lain");
        (await app.QueryAsync(db => db.PlanElements.CountAsync(p => p.Code == "S1"))).ShouldBe(1);
    }

    [Fact]
    public async Task A_tujuan_with_sasaran_below_it_cannot_be_deleted()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Rencana?kode=T2";

        var response = await client.PostAsync(url + "&handler=Hapus", await SakipWebFactory.FormAsync(client, url, []));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Tujuan T2 tidak dapat dihapus karena masih dipakai: 1 rencana di bawahnya, 1 indikator");
        (await app.QueryAsync(db => db.PlanElements.AnyAsync(p => p.Code == "T2"))).ShouldBeTrue();
    }

    [Fact]
    public async Task An_indicator_with_targets_cannot_be_deleted()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?kode=KESRA";

        var response = await client.PostAsync(url + "&handler=Hapus", await SakipWebFactory.FormAsync(client, url, []));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Indikator KESRA tidak dapat dihapus karena sudah dipakai: 10 target, 3 realisasi");
        (await app.QueryAsync(db => db.Targets.CountAsync(t => t.Indicator.Code == "KESRA"))).ShouldBe(10);
    }

    [Fact]
    public async Task A_new_indicator_is_stored_with_its_definition_and_targets_and_can_be_deleted_while_unused()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?rencana=S3";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        (fields["Form.Kode"], fields["Form.Uraian"], fields["Form.Satuan"], fields["Form.Iku"]) = ("IKU_UJI", "Persentase dokumen tepat waktu", "Persen", "true");
        (fields["Form.Pembilang"], fields["Form.Penyebut"], fields["Form.SumberData"]) = ("Dokumen tepat waktu", "Seluruh dokumen", "Laporan");
        (fields["Form.NilaiAwal"], fields["Form.Target[4].Nilai"]) = ("60,5", "80 (baik)");

        var created = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var targets = await app.QueryAsync(db => db.Targets.Where(t => t.Indicator.Code == "IKU_UJI").OrderBy(t => t.Year)
            .Select(t => new { t.Year, t.Kind, t.Value, t.Text }).ToListAsync());
        targets.ShouldBe(new[] { new { Year = 2018, Kind = TargetKind.Baseline, Value = (decimal?)60.5m, Text = (string?)null }, new { Year = 2023, Kind = TargetKind.Renstra, Value = (decimal?)80m, Text = (string?)"80 (baik)" } });
        (await app.QueryAsync(db => db.Indicators.SingleAsync(i => i.Code == "IKU_UJI"))).IsKey.ShouldBeTrue();

        var edit = "/Perencanaan/Indikator?kode=IKU_UJI";
        fields = HtmlForm.Fields(await client.GetStringAsync(edit));
        (fields["Form.NilaiAwal"], fields["Form.Target[4].Nilai"]) = ("", "");
        (await client.PostAsync(edit, await SakipWebFactory.FormAsync(client, edit, fields))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var deleted = await client.PostAsync(edit + "&handler=Hapus", await SakipWebFactory.FormAsync(client, edit, []));

        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.QueryAsync(db => db.Indicators.AnyAsync(i => i.Code == "IKU_UJI"))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unreadable_target_and_a_numerator_without_denominator_are_refused_per_field()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?kode=ITKP";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        (fields["Form.Target[0].Nilai"], fields["Form.Pembilang"]) = ("tujuh puluh", "Paket tender");

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        html.ShouldContain("Target 2019: tidak dapat dibaca sebagai angka");
        (await app.QueryAsync(db => db.Indicators.SingleAsync(i => i.Code == "ITKP"))).Numerator.ShouldBeNull();
    }

    [Fact]
    public async Task Pimpinan_may_not_change_the_plan()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var response = await client.PostAsync(NewElement, await SakipWebFactory.FormAsync(client, NewElement, Element("S92", "T1")));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.QueryAsync(db => db.PlanElements.AnyAsync(p => p.Code == "S92"))).ShouldBeFalse();
    }

    static Dictionary<string, string> Element(string code, string parent) => new()
    {
        ["Form.Kode"] = code,
        ["Form.Jenis"] = "sasaran",
        ["Form.Induk"] = parent,
        ["Form.Uraian"] = "Meningkatnya kualitas data kinerja",
    };
}
