using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Core.Measurement;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Security;

/// <summary>Uploads are checked by their bytes, not only their names, and evidence is served as a download of its checked type.</summary>
public sealed class UploadContentTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Isi = "/Pengukuran/Isi?indikator=IKM_KERUMAHTANGGAAN&tahun=2021&periode=tw4";

    static readonly byte[] Elf = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00];
    static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D];
    static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46];

    public static TheoryData<string, byte[]> Mismatched => new()
    {
        { "program.pdf", Elf },
        { "catatan.pdf", Encoding.UTF8.GetBytes("ini hanya teks biasa, bukan PDF") },
        { "foto.png", Jpeg },
        { "foto.jpg", Png },
        { "laporan.docx", Zip("[Content_Types].xml", "xl/workbook.xml") },
        { "data.xlsx", Zip("catatan.txt") },
        { "rusak.xlsx", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02] },
    };

    [Theory, MemberData(nameof(Mismatched))]
    public async Task Evidence_whose_bytes_are_not_of_its_extension_is_refused(string fileName, byte[] content)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await UploadEvidenceAsync(client, fileName, content);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Isi berkas bukan");
        (await app.QueryAsync(db => db.EvidenceFiles.AnyAsync(f => f.FileName == fileName))).ShouldBeFalse();
    }

    [Fact]
    public async Task Evidence_with_a_name_longer_than_its_column_is_refused_with_a_message_not_an_error()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var name = new string('a', 300) + ".pdf";

        var response = await UploadEvidenceAsync(client, name, "%PDF-1.4 panjang"u8.ToArray());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Nama berkas terlalu panjang: paling banyak 255 karakter.");
        (await app.QueryAsync(db => db.EvidenceFiles.AnyAsync(f => f.FileName == name))).ShouldBeFalse();
    }

    public static TheoryData<string, byte[], string> Matching => new()
    {
        { "laporan.pdf", "%PDF-1.7\n%hasil survei"u8.ToArray(), "application/pdf" },
        { "grafik.png", Png, "image/png" },
        { "foto.jpeg", Jpeg, "image/jpeg" },
        { "notulen.docx", Zip("[Content_Types].xml", "word/document.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "rekap.xlsx", Zip("[Content_Types].xml", "xl/workbook.xml"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    };

    [Theory, MemberData(nameof(Matching))]
    public async Task Evidence_of_its_type_is_kept_and_downloaded_as_an_attachment_of_that_type(string fileName, byte[] content, string type)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await UploadEvidenceAsync(client, fileName, content);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var id = await app.QueryAsync(db => db.EvidenceFiles.Where(f => f.FileName == fileName).Select(f => f.Id).SingleAsync());
        var download = await client.GetAsync($"/Pengukuran/Bukti?id={id}");
        download.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(content);
    }

    [Fact]
    public async Task Evidence_stored_before_contents_were_checked_is_served_as_a_plain_download()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var id = await app.QueryAsync(async db =>
        {
            var realisation = await db.Realisations.Where(r => r.Indicator.Code == "IKM_KERUMAHTANGGAAN" && r.Year == 2021 && r.Period == Period.Q4).Select(r => r.Id).SingleAsync();
            var key = await app.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(Elf), "bukti-", ".pdf", default);
            var file = new EvidenceFileEntity { RealisationId = realisation, FileName = "lama.pdf", ContentType = "application/pdf", Size = Elf.Length, StorageKey = key, UploadedAt = DateTimeOffset.UnixEpoch };
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });

        var download = await client.GetAsync($"/Pengukuran/Bukti?id={id}");

        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/octet-stream");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    public static TheoryData<string, byte[]> MismatchedPackages => new()
    {
        { "paket.zip", Encoding.UTF8.GetBytes("instansi,nama\n01,Setda\n") },
        { "paket.zip", Elf },
        { "paket.xlsx", Zip("instansi.csv") },
    };

    [Theory, MemberData(nameof(MismatchedPackages))]
    public async Task A_data_package_whose_bytes_are_not_of_its_extension_is_refused(string fileName, byte[] content)
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");

        var response = await client.PostAsync("/ImporEkspor?handler=Unggah", await SakipWebFactory.UploadAsync(client, "/ImporEkspor", "Paket", fileName, content));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Isi berkas bukan");
    }

    /// <summary>The entry form as a browser sends it with a file: multipart, the realisation value kept as it is.</summary>
    async Task<HttpResponseMessage> UploadEvidenceAsync(HttpClient client, string fileName, byte[] content)
    {
        var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(Isi));
        var value = await app.QueryAsync(db => db.Realisations.Where(r => r.Indicator.Code == "IKM_KERUMAHTANGGAAN" && r.Year == 2021 && r.Period == Period.Q4).Select(r => r.Value).SingleAsync());
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(value!.Value.ToString(new CultureInfo("id-ID"))), "Form.Nilai" },
            { file, "Bukti", fileName },
        };
        return await client.PostAsync($"{Isi}&handler=Simpan", form);
    }

    static byte[] Zip(params string[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in entries)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write("<x/>"u8);
            }
        }
        return stream.ToArray();
    }
}
