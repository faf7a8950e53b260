using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Reporting;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Laporan;

public sealed class LaporanTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Page = "/Laporan?instansi=SETDA&tahun=2021";

    [Fact]
    // 2022: the demo data holds the 2021 narratives of the real report, so 2022 still has every section to write.
    public async Task The_page_lists_every_document_with_its_formats_and_the_sections_still_empty()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Laporan?instansi=SETDA&tahun=2022"));

        html.ShouldContain("Bagian yang belum diisi");
        html.ShouldContain("Bab III — Analisis Capaian Sasaran: S1");
        foreach (var document in new[] { "lkjip", "pk", "iku", "monev-1", "monev-4" })
        {
            foreach (var format in new[] { "pdf", "docx", "xlsx", "html" })
            {
                html.ShouldContain($"/Laporan/Unduh?instansi=SETDA&tahun=2022&dokumen={document}&format={format}");
            }
            html.ShouldContain($"/Laporan/Pratinjau?instansi=SETDA&tahun=2022&dokumen={document}");
        }
        html.ShouldNotContain("Terbitkan</button>");
    }

    [Theory]
    [InlineData("/Laporan?instansi=KALTIM&tahun=2021")]
    [InlineData("/Laporan?instansi=SETDA&tahun=-5")]
    [InlineData("/Laporan/Unduh?instansi=SETDA&tahun=2021&dokumen=lkjip&format=exe")]
    [InlineData("/Laporan/Unduh?instansi=SETDA&tahun=2021&dokumen=rahasia&format=pdf")]
    [InlineData("/Laporan/Unduh?instansi=KALTIM&tahun=2021&dokumen=lkjip&format=pdf")]
    [InlineData("/Laporan/Pratinjau?instansi=KALTIM&tahun=2021&dokumen=lkjip")]
    [InlineData("/api/v1/laporan/KALTIM/2021/lkjip?format=pdf")]
    public async Task A_unit_outside_the_scope_or_an_unknown_document_or_format_is_404(string page)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("lkjip", "pdf")]
    [InlineData("pk", "docx")]
    [InlineData("monev-2", "xlsx")]
    [InlineData("iku", "html")]
    public async Task A_download_is_the_file_or_a_page_that_says_why_not_never_an_error_page(string document, string format)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync($"/Laporan/Unduh?instansi=SETDA&tahun=2021&dokumen={document}&format={format}");

        if (response.StatusCode == HttpStatusCode.OK)
        {
            response.Content.Headers.ContentDisposition?.FileName?.Trim('"').ShouldEndWith("." + format);
            (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(0);
        }
        else
        {
            response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("id=\"gagal-unduh\"");
        }
    }

    [Fact]
    public async Task The_API_wants_a_format_and_answers_the_file_or_503_with_the_reason()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var withoutFormat = await client.GetAsync("/api/v1/laporan/SETDA/2021/iku");
        var asked = await client.GetAsync("/api/v1/laporan/SETDA/2021/iku?format=html");

        withoutFormat.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await withoutFormat.Content.ReadAsStringAsync()).ShouldContain("Format wajib diisi");
        if (asked.StatusCode != HttpStatusCode.OK)
        {
            asked.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await asked.Content.ReadAsStringAsync()).ShouldContain("Dokumen tidak dapat dibuat.");
        }
        else
        {
            asked.Content.Headers.ContentType?.MediaType.ShouldBe("text/html");
        }
    }

    [Fact]
    public async Task The_LKjIP_downloads_as_an_editable_DOCX()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.GetAsync("/Laporan/Unduh?instansi=SETDA&tahun=2021&dokumen=lkjip&format=docx");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        (await response.Content.ReadAsByteArrayAsync())[..2].ShouldBe("PK"u8.ToArray());
    }

    [Fact]
    public async Task The_preview_shows_the_document_inside_the_app_with_its_stylesheet_as_a_file()
    {
        var client = await app.SignInAsync("pimpinan@demo.sakip.id");

        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/Laporan/Pratinjau?instansi=SETDA&tahun=2021&dokumen=lkjip"));
        var css = await client.GetAsync("/Laporan/Pratinjau?handler=Gaya");

        html.ShouldContain("class=\"report-preview");
        html.ShouldNotContain("<style");
        css.Content.Headers.ContentType?.MediaType.ShouldBe("text/css");
    }

    [Fact]
    public async Task Only_a_Pimpinan_or_Admin_may_publish()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");

        var refused = await planner.PostAsync(Page + "&dokumen=iku&handler=Terbitkan", await SakipWebFactory.FormAsync(planner, Page, []));
        var offered = WebUtility.HtmlDecode(await leader.GetStringAsync(Page));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        offered.ShouldContain("Terbitkan</button>");
        (await app.QueryAsync(db => db.PublishedReports.AnyAsync(p => p.Kind == PublishedReportKind.KeyIndicators))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_publication_stores_the_PDF_and_a_newer_one_supersedes_it_keeping_the_older()
    {
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");

        var first = await leader.PostAsync(Page + "&dokumen=pk&handler=Terbitkan", await SakipWebFactory.FormAsync(leader, Page, []));
        var second = await leader.PostAsync(Page + "&dokumen=pk&handler=Terbitkan", await SakipWebFactory.FormAsync(leader, Page, []));

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rows = await app.QueryAsync(db => db.PublishedReports.Where(p => p.Kind == PublishedReportKind.Agreement).OrderBy(p => p.Id).ToListAsync());
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(r => r.Content.Length > 4 && r.Content[0] == (byte)'%' && r.PublishedBy == "Sekretaris Daerah (demo)");
        var publicPage = await app.Client().GetStringAsync("/Publik");
        publicPage.ShouldContain($"/Publik/Unduh/{rows[1].Id}");
        publicPage.ShouldNotContain($"/Publik/Unduh/{rows[0].Id}\"");
    }

    [Fact]
    public async Task An_Admin_withdraws_a_publication_with_a_reason_and_the_public_can_no_longer_reach_it()
    {
        var id = await PublishedAsync(PublishedReportKind.Lkjip);
        var admin = await app.SignInAsync("admin@demo.sakip.id");
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");
        var target = Page + "&dokumen=lkjip&handler=Tarik";

        var byLeader = await leader.PostAsync(target, await SakipWebFactory.FormAsync(leader, Page, new() { ["Alasan"] = "Salah unggah" }));
        var withoutReason = await admin.PostAsync(target, await SakipWebFactory.FormAsync(admin, Page, new() { ["Alasan"] = " " }));
        var withdrawn = await admin.PostAsync(target, await SakipWebFactory.FormAsync(admin, Page, new() { ["Alasan"] = "Angka realisasi TW IV direvisi" }));
        var download = await app.Client().GetAsync($"/Publik/Unduh/{id}");

        byLeader.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        withoutReason.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await withoutReason.Content.ReadAsStringAsync()).ShouldContain("Alasan penarikan wajib diisi.");
        withdrawn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        download.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var row = await app.QueryAsync(db => db.PublishedReports.SingleAsync(p => p.Id == id));
        (row.WithdrawalReason, row.WithdrawnBy, row.WithdrawnAt is not null).ShouldBe(("Angka realisasi TW IV direvisi", "Admin Biro Organisasi (demo)", true));
    }

    async Task<int> PublishedAsync(PublishedReportKind kind) => await app.QueryAsync(async db =>
    {
        var unit = await db.Units.SingleAsync(u => u.Code == "SETDA");
        var row = new PublishedReportEntity
        {
            UnitId = unit.Id,
            Year = 2021,
            Kind = kind,
            FileName = "LKjIP-SETDA-2021.pdf",
            Content = "%PDF-1.7 uji"u8.ToArray(),
            PublishedAt = DateTimeOffset.UtcNow,
            PublishedBy = "uji",
        };
        db.PublishedReports.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });
}
