using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Measurement;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Pengukuran;

/// <summary>An evidence file is removed with a reason and kept in the riwayat; the rule is the editing rule.</summary>
public sealed class EvidenceRemovalTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Isi = "/Pengukuran/Isi?indikator=IKM_ADPIM&tahun=2021&periode=tahunan";

    [Fact]
    public async Task A_planner_removes_evidence_with_a_reason_and_it_moves_to_the_riwayat_with_its_file_kept()
    {
        var (id, key) = await AddEvidenceAsync("salah-unggah.pdf", ApprovalStatus.Draft);
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await RemoveAsync(client, id, "  Salah unggah: berkas triwulan lain  ");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe(Isi);
        var row = await app.QueryAsync(db => db.EvidenceFiles.AsNoTracking().SingleAsync(f => f.Id == id));
        row.RemovedAt.ShouldNotBeNull();
        row.RemovedBy.ShouldNotBeNullOrWhiteSpace();
        row.RemovalReason.ShouldBe("Salah unggah: berkas triwulan lain");
        using (var stored = app.Services.GetRequiredService<IFileStore>().Open(key))
        {
            stored.ShouldNotBeNull();
        }
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Isi));
        var active = page[page.IndexOf("id=\"bukti\"", StringComparison.Ordinal)..page.IndexOf("id=\"riwayat-bukti\"", StringComparison.Ordinal)];
        active.ShouldNotContain("salah-unggah.pdf");
        page[page.IndexOf("id=\"riwayat-bukti\"", StringComparison.Ordinal)..].ShouldContain("salah-unggah.pdf");
        page.ShouldContain("Alasan: Salah unggah: berkas triwulan lain");
        (await client.GetAsync($"/Pengukuran/Bukti?id={id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RemoveAsync(client, id, "lagi")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("", "Alasan penghapusan bukti dukung wajib diisi.")]
    [InlineData("   ", "Alasan penghapusan bukti dukung wajib diisi.")]
    [InlineData(null, "Alasan penghapusan bukti dukung wajib diisi.")]
    public async Task Removal_without_a_reason_is_refused_with_400(string? reason, string message)
    {
        var (id, _) = await AddEvidenceAsync($"tanpa-alasan-{Guid.NewGuid():N}.pdf", ApprovalStatus.Draft);
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await RemoveAsync(client, id, reason);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await IsRemovedAsync(id)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_reason_longer_than_the_limit_is_refused_with_400()
    {
        var (id, _) = await AddEvidenceAsync("panjang.pdf", ApprovalStatus.Draft);
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await RemoveAsync(client, id, new string('x', EvidenceRemoval.MaxReasonLength + 1));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("paling banyak 500 karakter");
        (await IsRemovedAsync(id)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(ApprovalStatus.Approved)]
    [InlineData(ApprovalStatus.Submitted)]
    public async Task Evidence_of_a_submitted_or_approved_realisation_cannot_be_removed(ApprovalStatus status)
    {
        var (id, _) = await AddEvidenceAsync($"terkunci-{status}.pdf", status);
        var client = await app.SignInAsync("perencana@demo.sakip.id");

        var response = await RemoveAsync(client, id, "Salah unggah");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(Isi));

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("tidak dapat dihapus");
        (await IsRemovedAsync(id)).ShouldBeFalse();
        page.ShouldNotContain("Hapus bukti ini");
        await SetStatusAsync(ApprovalStatus.Draft);
    }

    [Fact]
    public async Task A_read_only_account_gets_403_an_account_outside_the_unit_404_and_a_forged_post_400()
    {
        var (id, _) = await AddEvidenceAsync("hak-akses.pdf", ApprovalStatus.Draft);
        await app.CreateUserAsync("perencana-dinkes@uji.sakip.id", Roles.Planner, "DINKES");
        var leader = await app.SignInAsync("pimpinan@demo.sakip.id");
        var outsider = await app.SignInAsync("perencana-dinkes@uji.sakip.id");
        var planner = await app.SignInAsync("perencana@demo.sakip.id");

        var readOnly = await RemoveAsync(leader, id, "Salah unggah");
        var outside = await outsider.PostAsync($"/Pengukuran/Bukti?id={id}&handler=Hapus",
            await SakipWebFactory.FormAsync(outsider, "/Beranda", new() { ["alasan"] = "Salah unggah" }));
        var forged = await planner.PostAsync($"/Pengukuran/Bukti?id={id}&handler=Hapus", new FormUrlEncodedContent(new Dictionary<string, string> { ["alasan"] = "x" }));

        readOnly.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        outside.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await IsRemovedAsync(id)).ShouldBeFalse();
    }

    static async Task<HttpResponseMessage> RemoveAsync(HttpClient client, int id, string? reason)
    {
        var fields = reason is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["alasan"] = reason };
        return await client.PostAsync($"/Pengukuran/Bukti?id={id}&handler=Hapus", await SakipWebFactory.FormAsync(client, Isi, fields));
    }

    Task<bool> IsRemovedAsync(int id) => app.QueryAsync(db => db.EvidenceFiles.Where(f => f.Id == id).Select(f => f.RemovedAt != null).SingleAsync());

    Task<int> SetStatusAsync(ApprovalStatus status) => app.QueryAsync(db =>
        db.Realisations.Where(r => r.Indicator.Code == "IKM_ADPIM" && r.Year == 2021 && r.Period == Period.Annual)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status)));

    /// <summary>Stores a PDF as evidence of IKM_ADPIM 2021 (tahunan), whose realisation is put in <paramref name="status"/>.</summary>
    async Task<(int Id, string Key)> AddEvidenceAsync(string fileName, ApprovalStatus status)
    {
        await SetStatusAsync(status);
        var content = "%PDF-1.4 bukti"u8.ToArray();
        var key = await app.Services.GetRequiredService<IFileStore>().SaveAsync(new MemoryStream(content), "bukti-", ".pdf", default);
        var id = await app.QueryAsync(async db =>
        {
            var realisation = await db.Realisations.Where(r => r.Indicator.Code == "IKM_ADPIM" && r.Year == 2021 && r.Period == Period.Annual).Select(r => r.Id).SingleAsync();
            var file = new EvidenceFileEntity { RealisationId = realisation, FileName = fileName, ContentType = "application/pdf", Size = content.Length, StorageKey = key, UploadedAt = DateTimeOffset.UnixEpoch };
            db.EvidenceFiles.Add(file);
            await db.SaveChangesAsync();
            return file.Id;
        });
        return (id, key);
    }
}
