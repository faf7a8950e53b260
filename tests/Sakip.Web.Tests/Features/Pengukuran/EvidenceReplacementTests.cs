using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Core.Measurement;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Pengukuran;

/// <summary>"Ganti berkas": the new file takes the old one's place; the old one is kept, removed with the reason and pointing to the new one.</summary>
public sealed class EvidenceReplacementTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Isi = "/Pengukuran/Isi?indikator=IKM_ADPIM&tahun=2021&periode=tahunan";

    static readonly byte[] Pdf = "%PDF-1.4 pengganti"u8.ToArray();

    [Fact]
    public async Task Replacing_a_realisations_file_keeps_the_old_one_with_the_reason_and_both_stay_listed()
    {
        var id = await AddEvidenceAsync("versi-lama.pdf");
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await ReplaceAsync(client, id, "Versi yang ditandatangani", "versi-baru.pdf", Pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(Isi);
        var old = await app.QueryAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.Id == id));
        var replacement = await app.QueryAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.FileName == "versi-baru.pdf"));
        (old.RemovedAt is not null, old.RemovalReason, old.ReplacedById).ShouldBe((true, "Versi yang ditandatangani", replacement.Id));
        (replacement.RealisationId, replacement.RemovedAt).ShouldBe((old.RealisationId, null));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Isi));
        page[page.IndexOf("id=\"bukti\"", StringComparison.Ordinal)..page.IndexOf("id=\"riwayat-bukti\"", StringComparison.Ordinal)].ShouldContain("versi-baru.pdf");
        page[page.IndexOf("id=\"riwayat-bukti\"", StringComparison.Ordinal)..].ShouldContain("versi-lama.pdf");
        System.Text.RegularExpressions.Regex.Replace(page, "<[^>]+>", "").ShouldContain("diganti oleh versi-baru.pdf");
        (await client.GetAsync($"/Pengukuran/Bukti?id={id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("", "pengganti.pdf", "Alasan penggantian berkas wajib diisi.")]
    [InlineData("Salah berkas", "pengganti.exe", "tidak diterima")]
    [InlineData("Salah berkas", null, "Pilih berkas pengganti.")]
    public async Task Replacing_without_a_reason_or_a_proper_file_is_refused_with_400_and_changes_nothing(string reason, string? fileName, string message)
    {
        var id = await AddEvidenceAsync($"tetap-{Guid.NewGuid():N}.pdf");
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = await app.QueryAsync(db => db.EvidenceFiles.CountAsync());

        var response = fileName is null
            ? await client.PostAsync($"/Pengukuran/Bukti?id={id}&handler=Ganti", await SakipWebFactory.FormAsync(client, Isi, new() { ["alasan"] = reason }))
            : await ReplaceAsync(client, id, reason, fileName, Pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await app.QueryAsync(db => db.EvidenceFiles.CountAsync())).ShouldBe(before);
        (await app.QueryAsync(db => db.EvidenceFiles.Where(f => f.Id == id).Select(f => f.RemovedAt).SingleAsync())).ShouldBeNull();
    }

    [Fact]
    public async Task A_reader_cannot_replace_and_an_approved_realisations_file_is_not_replaced()
    {
        var id = await AddEvidenceAsync("disetujui.pdf");
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var readOnly = await ReplaceAsync(leader, id, "Salah", "lain.pdf", Pdf);
        await SetStatusAsync(ApprovalStatus.Approved);
        var locked = await ReplaceAsync(planner, id, "Salah", "lain.pdf", Pdf);
        await SetStatusAsync(ApprovalStatus.Draft);

        readOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        locked.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()).ShouldContain("tidak dapat diganti");
        (await app.QueryAsync(db => db.EvidenceFiles.AnyAsync(f => f.FileName == "lain.pdf"))).ShouldBeFalse();
    }

    static async Task<HttpResponseMessage> ReplaceAsync(HttpClient client, int id, string reason, string fileName, byte[] content) =>
        await client.PostAsync($"/Pengukuran/Bukti?id={id}&handler=Ganti",
            await SakipWebFactory.UploadAsync(client, Isi, "berkas", fileName, content, new() { ["alasan"] = reason }));

    Task<int> SetStatusAsync(ApprovalStatus status) => app.QueryAsync(db =>
        db.Realisations.Where(r => r.Indicator.Code == "IKM_ADPIM" && r.Year == 2021 && r.Period == Period.Annual)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status)));

    async Task<int> AddEvidenceAsync(string fileName)
    {
        var content = "%PDF-1.4 bukti"u8.ToArray();
        var key = await app.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(content), "bukti-", ".pdf", default);
        return await app.QueryAsync(async db =>
        {
            var realisation = await db.Realisations.Where(r => r.Indicator.Code == "IKM_ADPIM" && r.Year == 2021 && r.Period == Period.Annual).Select(r => r.Id).SingleAsync();
            var file = new EvidenceFileEntity { RealisationId = realisation, FileName = fileName, ContentType = "application/pdf", Size = content.Length, StorageKey = key, UploadedAt = DateTimeOffset.UnixEpoch };
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
    }
}
