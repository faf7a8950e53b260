using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>P-Renstra: a revision keeps the plan as it stood; the earlier version stays viewable after the plan changes.</summary>
public sealed class PlanRevisionTests : IClassFixture<SakipWebFactory>
{
    const string Revisions = "/Perencanaan/Revisi?instansi=SETDA";
    readonly SakipWebFactory app;

    public PlanRevisionTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_revision_keeps_the_old_target_viewable_after_the_current_one_is_edited()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var revised = await client.PostAsync(Revisions, await SakipWebFactory.FormAsync(client, Revisions, new() { ["Form.Alasan"] = "Penyesuaian dengan RPJMD perubahan" }));
        const string edit = "/Perencanaan/Indikator?kode=EKPPD";
        var fields = HtmlForm.Fields(await client.GetStringAsync(edit));
        fields["Form.Target[4].Nilai"].ShouldBe("3,15");
        fields["Form.Target[4].Nilai"] = "3,25";
        var edited = await client.PostAsync(edit, await SakipWebFactory.FormAsync(client, edit, fields));

        revised.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var number = await app.QueryAsync(db => db.PlanRevisions.MaxAsync(r => r.Number));
        var list = WebUtility.HtmlDecode(await client.GetStringAsync(Revisions));
        list.ShouldContain("Penyesuaian dengan RPJMD perubahan");
        list.ShouldContain("Perencana Setda (demo)");
        var current = WebUtility.HtmlDecode(await client.GetStringAsync("/Perencanaan?instansi=SETDA"));
        PlanTreeTests.Row(current, "(EKPPD)</a>").ShouldContain("3,25 (2023)");
        var old = WebUtility.HtmlDecode(await client.GetStringAsync($"/Perencanaan/Versi?instansi=SETDA&nomor={number}"));
        old.ShouldContain("Versi arsip, hanya baca");
        var oldRow = PlanTreeTests.Row(old, "(EKPPD)");
        oldRow.ShouldContain("3,15 (2023)");
        oldRow.ShouldNotContain("3,25");
    }

    [Fact]
    public async Task A_revision_needs_a_reason()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = await app.QueryAsync(db => db.PlanRevisions.CountAsync());

        var response = await client.PostAsync(Revisions, await SakipWebFactory.FormAsync(client, Revisions, new() { ["Form.Alasan"] = " " }));

        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Alasan revisi wajib diisi");
        (await app.QueryAsync(db => db.PlanRevisions.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Pimpinan_may_not_revise_the_Renstra()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");
        var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync("/Perencanaan/Rencana?instansi=SETDA"));

        var response = await client.PostAsync(Revisions, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Alasan"] = "Tidak berwenang",
            ["__RequestVerificationToken"] = token,
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
