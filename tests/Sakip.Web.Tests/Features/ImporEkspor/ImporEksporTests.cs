using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sakip.Packages;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.ImporEkspor;

public sealed partial class ImporEksporTests : IClassFixture<SakipWebFactory>
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "demo", "kaltim-setda-2021");

    readonly SakipWebFactory app;

    public ImporEksporTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Admin_previews_the_sample_package_as_unchanged_then_imports_it_and_the_upload_is_deleted()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var preview = await client.PostAsync("/ImporEkspor?handler=Unggah", await UploadAsync(client, "kaltim.zip", SampleZip()));
        var html = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());

        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Jumlah: 0 ditambah, 0 diubah");
        html.ShouldContain("<td>realisasi.csv</td><td class=\"tnum\">0</td><td class=\"tnum\">0</td>");
        var ticket = TicketPattern().Match(html).Groups[1].Value;
        ticket.ShouldNotBeEmpty();

        var import = await client.PostAsync("/ImporEkspor?handler=Impor", await SakipWebFactory.FormAsync(client, "/ImporEkspor", new() { ["Tiket"] = WebUtility.HtmlDecode(ticket) }));

        import.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/ImporEkspor"));
        after.ShouldContain("Paket diimpor: 0 ditambah, 0 diubah.");
        Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "uploads")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_invalid_package_shows_file_line_column_messages_and_imports_nothing()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");
        var before = await app.QueryAsync(db => db.Units.CountAsync());
        var zip = Zip(("instansi.csv", "kode,nama,induk,jenis,singkatan\nBARU,Unit Baru,TIDAK_ADA,unit_kerja,\n"));

        var response = await client.PostAsync("/ImporEkspor?handler=Unggah", await UploadAsync(client, "salah.zip", zip));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        html.ShouldContain("tidak dapat diimpor");
        FileLineColumn().IsMatch(html).ShouldBeTrue(html);
        (await app.QueryAsync(db => db.Units.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Other_file_types_and_zip_bombs_are_rejected_with_a_message()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var text = await client.PostAsync("/ImporEkspor?handler=Unggah", await UploadAsync(client, "paket.txt", "a"u8.ToArray()));
        var bomb = await client.PostAsync("/ImporEkspor?handler=Unggah", await UploadAsync(client, "bom.zip", Zip(("instansi.csv", new string(' ', 101 * 1024 * 1024)))));

        text.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await text.Content.ReadAsStringAsync()).ShouldContain("Jenis berkas .txt tidak diterima");
        bomb.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await bomb.Content.ReadAsStringAsync()).ShouldContain("kemungkinan bom zip");
    }

    [Fact]
    public async Task A_planner_may_not_import()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await client.PostAsync("/ImporEkspor?handler=Unggah", await UploadAsync(client, "kaltim.zip", SampleZip()));

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_planner_exports_Setda_2021_as_a_zip_that_reads_back_and_cannot_export_outside_the_scope()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var zip = await client.GetAsync("/ImporEkspor?handler=Unduh&instansi=SETDA&tahun=2021&format=zip");
        var xlsx = await client.GetAsync("/ImporEkspor?handler=Unduh&instansi=SETDA&format=xlsx");
        var outside = await client.GetAsync("/ImporEkspor?handler=Unduh&instansi=DPUPR");

        zip.StatusCode.ShouldBe(HttpStatusCode.OK);
        var read = PackageReader.ReadZip(await zip.Content.ReadAsStreamAsync(), "ekspor.zip");
        read.Errors.ShouldBeEmpty();
        read.Data!.Units.ShouldContain(u => u.Code == "UMUM");
        read.Data.BudgetLines.ShouldContain(b => b.Code == "UMUM.P1" && b.Ceiling == 181890576352m);
        PackageReader.ReadWorkbook(await xlsx.Content.ReadAsStreamAsync(), "ekspor.xlsx").Errors.ShouldBeEmpty();
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    static Task<MultipartFormDataContent> UploadAsync(HttpClient client, string fileName, byte[] content) =>
        SakipWebFactory.UploadAsync(client, "/ImporEkspor", "Paket", fileName, content);

    static byte[] SampleZip() =>
        Zip([.. Directory.GetFiles(Sample, "*.csv").Select(f => (Path.GetFileName(f), File.ReadAllText(f)))]);

    static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return stream.ToArray();
    }

    [GeneratedRegex("name=\"Tiket\" value=\"([^\"]+)\"")]
    private static partial Regex TicketPattern();

    [GeneratedRegex(@"instansi\.csv:2:induk: ")]
    private static partial Regex FileLineColumn();
}
