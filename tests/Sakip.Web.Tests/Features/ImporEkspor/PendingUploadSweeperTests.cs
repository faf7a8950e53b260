using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Sakip.Web.Features.ImporEkspor;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.ImporEkspor;

/// <summary>A package previewed but never confirmed is deleted once its ticket has expired; evidence files stay.</summary>
public sealed class PendingUploadSweeperTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public PendingUploadSweeperTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task A_previewed_package_is_deleted_after_its_ticket_expires_and_evidence_is_kept()
    {
        var client = await app.SignInAsync("admin@demo.sakip.id");
        var preview = await client.PostAsync("/ImporEkspor?handler=Unggah",
            await SakipWebFactory.UploadAsync(client, "/ImporEkspor", "Paket", "instansi.zip", Zip("instansi.csv", "kode,nama,induk,jenis\nX,Unit X,,pemda\n")));
        preview.StatusCode.ShouldBe(HttpStatusCode.OK);
        var uploads = Path.Combine(app.DataDirectory, "uploads");
        var evidence = Path.Combine(uploads, "bukti-lama.pdf");
        await File.WriteAllTextAsync(evidence, "%PDF-1.4");
        File.SetLastWriteTimeUtc(evidence, DateTime.UtcNow.AddDays(-30));
        var sweeper = app.Services.GetServices<IHostedService>().OfType<PendingUploadSweeper>().Single();

        var early = sweeper.Sweep(DateTimeOffset.UtcNow.AddHours(1));
        var pending = Directory.GetFiles(uploads, "paket-*");
        var late = sweeper.Sweep(DateTimeOffset.UtcNow.AddHours(3));

        (early, pending.Length).ShouldBe((0, 1));
        late.ShouldBe(1);
        Directory.GetFiles(uploads, "paket-*").ShouldBeEmpty();
        File.Exists(evidence).ShouldBeTrue();
    }

    static byte[] Zip(string name, string content)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(Encoding.UTF8.GetBytes(content));
        }
        return stream.ToArray();
    }
}
