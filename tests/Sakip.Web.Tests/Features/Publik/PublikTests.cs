using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Data.Reporting;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Publik;

public sealed class PublikTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task The_public_page_lists_and_serves_only_the_current_publication_without_sign_in()
    {
        var older = await PublishAsync("POD", 2021, PublishedReportKind.Lkjip, "%PDF lama");
        var current = await PublishAsync("POD", 2021, PublishedReportKind.Lkjip, "%PDF baru");
        var withdrawn = await PublishAsync("POD", 2021, PublishedReportKind.Agreement, "%PDF ditarik", withdrawn: true);
        var anonymous = app.Client();

        var html = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/Publik"));
        var served = await anonymous.GetAsync($"/Publik/Unduh/{current}");
        var superseded = await anonymous.GetAsync($"/Publik/Unduh/{older}");
        var gone = await anonymous.GetAsync($"/Publik/Unduh/{withdrawn}");

        html.ShouldContain("Biro Pemerintahan dan Otonomi Daerah");
        html.ShouldContain($"href=\"/Publik/Unduh/{current}\"");
        html.ShouldNotContain($"/Publik/Unduh/{older}\"");
        html.ShouldNotContain($"/Publik/Unduh/{withdrawn}\"");
        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType?.MediaType.ShouldBe("application/pdf");
        (await served.Content.ReadAsStringAsync()).ShouldBe("%PDF baru");
        superseded.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/Laporan?instansi=SETDA&tahun=2021")]
    [InlineData("/Laporan/Narasi?instansi=SETDA&tahun=2021")]
    [InlineData("/Laporan/Unduh?instansi=SETDA&tahun=2021&dokumen=lkjip&format=html")]
    [InlineData("/Laporan/Pratinjau?instansi=SETDA&tahun=2021&dokumen=lkjip")]
    [InlineData("/Laporan/Pratinjau?handler=Gaya")]
    [InlineData("/Beranda?handler=Grafik&instansi=SETDA&tahun=2021&jenis=indikator")]
    public async Task Unpublished_documents_and_their_parts_need_a_sign_in(string page)
    {
        var response = await app.Client().GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Akun/Masuk");
    }

    [Fact]
    public async Task The_report_API_needs_a_sign_in()
    {
        var response = await app.Client().GetAsync("/api/v1/laporan/SETDA/2021/lkjip?format=html");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/Publik/Unduh/0")]
    [InlineData("/Publik/Unduh/2147483647")]
    [InlineData("/Publik/Unduh/abc")]
    public async Task An_unknown_publication_is_404(string page)
    {
        var response = await app.Client().GetAsync(page);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    async Task<int> PublishAsync(string unit, int year, PublishedReportKind kind, string content, bool withdrawn = false) => await app.QueryAsync(async db =>
    {
        var row = new PublishedReportEntity
        {
            UnitId = await db.Units.Where(u => u.Code == unit).Select(u => u.Id).SingleAsync(),
            Year = year,
            Kind = kind,
            FileName = $"{kind}-{unit}-{year}.pdf",
            Content = System.Text.Encoding.ASCII.GetBytes(content),
            PublishedAt = DateTimeOffset.UtcNow,
            PublishedBy = "uji",
            WithdrawnAt = withdrawn ? DateTimeOffset.UtcNow : null,
            WithdrawnBy = withdrawn ? "uji" : null,
            WithdrawalReason = withdrawn ? "uji" : null,
        };
        db.PublishedReports.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    });
}
