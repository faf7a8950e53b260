using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Core.Workflow;
using Sakip.Data.Accounts;
using Sakip.Data.Workflow;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>The basis of a target: uploaded by the unit's Perencana, read by readers, refused while the targets are locked.</summary>
public sealed class BuktiTargetTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    static readonly byte[] Pdf = "%PDF-1.4 dasar target"u8.ToArray();

    static string Url(string indicator, int year, TargetKind kind) => $"/Perencanaan/BuktiTarget?indikator={indicator}&tahun={year}&jenis={Codes.Of(kind)}";

    [Fact]
    public async Task A_planner_uploads_the_basis_of_a_target_and_a_reader_sees_it_without_the_form()
    {
        var url = Url("EKPPD", 2021, TargetKind.Q2);
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");

        var response = await planner.PostAsync(url, await SakipWebFactory.UploadAsync(planner, url, "Berkas", "dasar-target.pdf", Pdf));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var row = await app.QueryAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.FileName == "dasar-target.pdf"));
        var target = await app.QueryAsync(db => db.Targets.SingleAsync(t => t.Indicator.Code == "EKPPD" && t.Year == 2021 && t.Kind == TargetKind.Q2));
        (row.TargetId, row.RealisationId, row.AgreementId).ShouldBe((target.Id, null, null));
        var page = WebUtility.HtmlDecode(await leader.GetStringAsync(url));
        page.ShouldContain("dasar-target.pdf");
        page.ShouldNotContain("name=\"Berkas\"");
        page.ShouldNotContain("Ganti berkas");
        (await leader.GetAsync($"/Pengukuran/Bukti?id={row.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await leader.PostAsync(url, await SakipWebFactory.UploadAsync(leader, url, "Berkas", "pimpinan.pdf", Pdf))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Outside_the_scope_unknown_kinds_and_missing_targets_are_refused()
    {
        await app.CreateUserAsync("perencana-dinkes-target@uji.sakip.id", Roles.Planner, "DINKES");
        var outsider = await app.SignInAsync("perencana-dinkes-target@uji.sakip.id");
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var missing = Url("EKPPD", 2099, TargetKind.Agreement);

        (await outsider.GetAsync(Url("EKPPD", 2021, TargetKind.Q2))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await planner.GetAsync("/Perencanaan/BuktiTarget?indikator=EKPPD&tahun=2021&jenis=bulanan")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await planner.GetAsync("/Perencanaan/BuktiTarget?indikator=TIDAK_ADA&tahun=2021&jenis=pk")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await planner.GetAsync("/Perencanaan/BuktiTarget?indikator=EKPPD&tahun=99999&jenis=pk")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = WebUtility.HtmlDecode(await planner.GetStringAsync(missing));
        page.ShouldContain("Target ini belum diisi");
        var forged = await planner.PostAsync(missing, new MultipartFormDataContent { { new ByteArrayContent(Pdf), "Berkas", "x.pdf" } });
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_or_no_file_is_refused_with_400()
    {
        var url = Url("EKPPD", 2021, TargetKind.Q3);
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var fake = await planner.PostAsync(url, await SakipWebFactory.UploadAsync(planner, url, "Berkas", "palsu.pdf", "bukan pdf"u8.ToArray()));
        var none = await planner.PostAsync(url, await SakipWebFactory.FormAsync(planner, url, []));

        fake.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await fake.Content.ReadAsStringAsync()).ShouldContain("Isi berkas bukan PDF yang sah");
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await none.Content.ReadAsStringAsync()).ShouldContain("Pilih berkas bukti dukung.");
        (await app.QueryAsync(db => db.EvidenceFiles.AnyAsync(f => f.FileName == "palsu.pdf"))).ShouldBeFalse();
    }

    [Fact]
    public async Task Uploading_to_submitted_targets_is_refused_with_409_naming_the_lock()
    {
        var url = Url("EKPPD", 2021, TargetKind.Q4);
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var form = await SakipWebFactory.UploadAsync(planner, url, "Berkas", "terkunci.pdf", Pdf);
        await app.QueryAsync(async db =>
        {
            var unit = await db.Indicators.Where(i => i.Code == "EKPPD").Select(i => i.PlanElement.UnitId).SingleAsync();
            db.WorkflowItems.Add(new WorkflowItemEntity { UnitId = unit, Kind = CycleObject.Targets, Year = 2021, Period = Period.Annual, Status = ApprovalStatus.Submitted });
            return await db.SaveChangesAsync();
        });

        var response = await planner.PostAsync(url, form);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("terkunci");
        (await app.QueryAsync(db => db.EvidenceFiles.AnyAsync(f => f.FileName == "terkunci.pdf"))).ShouldBeFalse();
        await app.QueryAsync(db => db.WorkflowItems.Where(i => i.Kind == CycleObject.Targets && i.Year == 2021).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task The_indicator_page_links_each_renstra_and_pk_target_to_its_evidence()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var page = WebUtility.HtmlDecode(await planner.GetStringAsync("/Perencanaan/Indikator?kode=EKPPD"));

        page.ShouldContain("/Perencanaan/BuktiTarget?indikator=EKPPD&tahun=");
        page.ShouldContain("&jenis=renstra");
        page.ShouldContain("&jenis=pk");
    }
}
