using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.PerjanjianKinerja;

/// <summary>The signed scan of a PK: uploaded to the version in force, replaced with a reason, linked from the PK page.</summary>
public sealed class AgreementEvidenceTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Url = "/PerjanjianKinerja/Bukti?instansi=SETDA&tahun=2021";

    [Fact]
    public async Task A_planner_uploads_the_signed_scan_then_replaces_it_and_both_stay_listed()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var uploaded = await planner.PostAsync(Url, await SakipWebFactory.UploadAsync(planner, Url, "Berkas", "pk-2021.pdf", "%PDF-1.4 pk"u8.ToArray()));
        var first = await app.QueryAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.FileName == "pk-2021.pdf"));
        var replaced = await planner.PostAsync($"/Pengukuran/Bukti?id={first.Id}&handler=Ganti",
            await SakipWebFactory.UploadAsync(planner, Url, "berkas", "pk-2021-ttd-lengkap.pdf", "%PDF-1.4 pk ttd"u8.ToArray(), new() { ["alasan"] = "Tanda tangan pihak kedua belum ada" }));

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var current = await app.QueryAsync(db => db.Agreements.Where(a => db.Units.Any(u => u.Id == a.UnitId && u.Code == "SETDA") && a.Year == 2021 && a.IsCurrent).Select(a => a.Id).SingleAsync());
        first.AgreementId.ShouldBe(current);
        replaced.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        replaced.Headers.Location!.ToString().ShouldBe(Url);
        var page = WebUtility.HtmlDecode(await planner.GetStringAsync(Url));
        page.ShouldContain("pk-2021-ttd-lengkap.pdf");
        System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", "").ShouldContain("diganti oleh pk-2021-ttd-lengkap.pdf");
        page.ShouldContain("Alasan: Tanda tangan pihak kedua belum ada");
        WebUtility.HtmlDecode(await planner.GetStringAsync("/PerjanjianKinerja?instansi=SETDA&tahun=2021")).ShouldContain(Url);
    }

    [Fact]
    public async Task Readers_read_without_the_form_and_a_year_without_a_pk_takes_no_file()
    {
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        const string none = "/PerjanjianKinerja/Bukti?instansi=SETDA&tahun=2099";

        var page = await leader.GetStringAsync(Url);
        var refused = await leader.PostAsync(Url, await SakipWebFactory.UploadAsync(leader, Url, "Berkas", "x.pdf", "%PDF-1.4"u8.ToArray()));
        var missing = await planner.PostAsync(none, await SakipWebFactory.UploadAsync(planner, none, "Berkas", "x.pdf", "%PDF-1.4"u8.ToArray()));

        page.ShouldNotContain("name=\"Berkas\"");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await planner.GetAsync("/PerjanjianKinerja/Bukti?instansi=TIDAK_ADA&tahun=2021")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
