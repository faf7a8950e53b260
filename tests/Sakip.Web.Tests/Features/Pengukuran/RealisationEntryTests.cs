using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Sakip.Core;
using Sakip.Core.Measurement;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Pengukuran;

/// <summary>
/// The entry form of a realisation as a browser uses it: the antiforgery token from the GET of the same page, then
/// the POST. Each test works on its own indicator and period of the demo data, so tests do not meet.
/// </summary>
public sealed class RealisationEntryTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task Realisation_entered_in_the_form_is_stored_and_its_capaian_shown_on_the_page_and_dashboard()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        WebUtility.HtmlDecode(await client.GetStringAsync("/Beranda?instansi=SETDA&tahun=2021")).ShouldNotContain("100,16 %");

        var response = await PostAsync(client, "EKPPD", "tahunan", "Simpan", new() { ["Form.Nilai"] = "3,1" });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowAsync("EKPPD", Period.Annual)).Value.ShouldBe(3.1m);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.ToString()));
        page.ShouldContain("Realisasi tersimpan.");
        page.ShouldContain("100,16 %");
        var dashboard = WebUtility.HtmlDecode(await client.GetStringAsync("/Beranda?instansi=SETDA&tahun=2021"));
        dashboard.ShouldContain("Capaian = 3,1 / 3,095 × 100 = 100,16 %");
    }

    /// <summary>Shape errors (a number that cannot be read) re-show the form; rule problems from the entry answer 400.</summary>
    public static TheoryData<string, string, string, string, string, HttpStatusCode, string> InvalidEntries => new()
    {
        { "ITKP", "tw4", "abc", "", "", HttpStatusCode.BadRequest, "tidak dapat dibaca sebagai angka" },
        { "SAKIP_MIN_B", "tahunan", "", "28", "", HttpStatusCode.BadRequest, "Pembilang dan penyebut harus diisi keduanya." },
        { "SAKIP_MIN_B", "tahunan", "", "28", "0", HttpStatusCode.BadRequest, "Penyebut tidak boleh 0." },
        { "SAKIP_MIN_B", "tahunan", "", "-1", "37", HttpStatusCode.BadRequest, "Pembilang tidak boleh negatif." },
    };

    [Theory]
    [MemberData(nameof(InvalidEntries))]
    public async Task Invalid_entry_shows_an_Indonesian_message_and_changes_nothing(
        string indicator, string period, string value, string numerator, string denominator, HttpStatusCode expected, string message)
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = await RowAsync(indicator, Codes.Parse<Period>(period)!.Value);

        var response = await PostAsync(client, indicator, period, "Simpan", new()
        {
            ["Form.Nilai"] = value,
            ["Form.Pembilang"] = numerator,
            ["Form.Penyebut"] = denominator,
        });

        response.StatusCode.ShouldBe(expected);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        (await RowAsync(indicator, Codes.Parse<Period>(period)!.Value)).ShouldBe(before);
    }

    [Fact]
    public async Task Post_without_antiforgery_token_is_refused()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = await RowAsync("PRODUK_HUKUM", Period.Q4);

        var response = await client.PostAsync(Url("PRODUK_HUKUM", "tw4") + "&handler=Simpan",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Nilai"] = "50" }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await RowAsync("PRODUK_HUKUM", Period.Q4)).ShouldBe(before);
    }

    [Fact]
    public async Task Approved_realisation_is_locked_for_the_planner_and_corrected_by_an_admin_with_a_version()
    {
        await SetStatusAsync("INDEKS_KELEMBAGAAN", Period.Q4, ApprovalStatus.Approved);
        var before = await RowAsync("INDEKS_KELEMBAGAAN", Period.Q4);
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var admin = await app.SignInAsync("admin@demo.sakip.id");

        var refused = await PostAsync(planner, "INDEKS_KELEMBAGAAN", "tw4", "Simpan", new() { ["Form.Nilai"] = "70" });
        var resubmitted = await PostAsync(planner, "INDEKS_KELEMBAGAAN", "tw4", "Ajukan", new());
        var corrected = await PostAsync(admin, "INDEKS_KELEMBAGAAN", "tw4", "Simpan", new() { ["Form.Nilai"] = "70" });

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Realisasi berstatus Disetujui dan terkunci; tidak dapat diubah.");
        resubmitted.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await resubmitted.Content.ReadAsStringAsync()).ShouldContain("Realisasi sudah disetujui dan terkunci.");
        corrected.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await RowAsync("INDEKS_KELEMBAGAAN", Period.Q4);
        after.ShouldBe(before with { Value = 70m, Version = before.Version + 1, History = before.History + 1 });
        var kept = await app.QueryAsync(db => db.RealisationHistory.AsNoTracking()
            .Where(h => db.Realisations.Any(r => r.Id == h.RealisationId && r.Indicator.Code == "INDEKS_KELEMBAGAAN" && r.Period == Period.Q4))
            .OrderByDescending(h => h.Version).FirstAsync());
        (kept.Value, kept.Status, kept.Version).ShouldBe((68.14m, ApprovalStatus.Approved, before.Version));
    }

    [Fact]
    public async Task Submit_approve_and_return_with_a_note()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var verifier = await app.SignInAsync("verifikator@demo.sakip.id");

        (await PostAsync(planner, "IKM_ADPIM", "tw4", "Ajukan", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowAsync("IKM_ADPIM", Period.Q4)).Status.ShouldBe(ApprovalStatus.Submitted);
        (await PostAsync(planner, "IKM_ADPIM", "tw4", "Setujui", new())).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(verifier, "IKM_ADPIM", "tw4", "Setujui", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowAsync("IKM_ADPIM", Period.Q4)).Status.ShouldBe(ApprovalStatus.Approved);

        var withoutNote = await PostAsync(verifier, "IKM_ADPIM", "tw4", "Kembalikan", new());
        withoutNote.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        WebUtility.HtmlDecode(await withoutNote.Content.ReadAsStringAsync()).ShouldContain("Catatan pengembalian wajib diisi.");
        (await RowAsync("IKM_ADPIM", Period.Q4)).Status.ShouldBe(ApprovalStatus.Approved);

        var returned = await PostAsync(verifier, "IKM_ADPIM", "tw4", "Kembalikan", new() { ["Form.CatatanVerifikasi"] = "Lampirkan hasil survei." });
        returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowAsync("IKM_ADPIM", Period.Q4)).Status.ShouldBe(ApprovalStatus.Returned);
        var page = WebUtility.HtmlDecode(await planner.GetStringAsync(Url("IKM_ADPIM", "tw4")));
        page.ShouldContain("Dikembalikan");
        page.ShouldContain("Catatan verifikator: Lampirkan hasil survei.");
        (await PostAsync(planner, "IKM_ADPIM", "tw4", "Simpan", new() { ["Form.Nilai"] = "86" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RowAsync("IKM_ADPIM", Period.Q4)).ShouldBe(new Snapshot(86m, ApprovalStatus.Draft, 5, 4));
    }

    [Fact]
    public async Task Pdf_evidence_is_accepted_and_downloadable()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var pdf = "%PDF-1.4 hasil survei IKM"u8.ToArray();

        var response = await UploadAsync(client, "IKM_KERUMAHTANGGAAN", "tw4", "laporan-ikm.pdf", pdf);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = WebUtility.HtmlDecode(await client.GetStringAsync(response.Headers.Location!.ToString()));
        var id = await app.QueryAsync(db => db.EvidenceFiles.Where(f => f.FileName == "laporan-ikm.pdf").Select(f => f.Id).SingleAsync());
        page.ShouldContain($"<a href=\"/Pengukuran/Bukti?id={id}\">laporan-ikm.pdf</a>");
        var download = await client.GetAsync($"/Pengukuran/Bukti?id={id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);
    }

    [Fact]
    public async Task Exe_evidence_is_rejected_with_an_Indonesian_message()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var before = await RowAsync("ITKP", Period.Annual);

        var response = await UploadAsync(client, "ITKP", "tahunan", "alat.exe", [0x4D, 0x5A, 0x90, 0x00]);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())
            .ShouldContain("Jenis berkas .exe tidak diterima; gunakan .pdf, .jpg, .jpeg, .png, .xlsx, .docx.");
        (await RowAsync("ITKP", Period.Annual)).ShouldBe(before);
        (await app.QueryAsync(db => db.EvidenceFiles.AnyAsync(f => f.FileName == "alat.exe"))).ShouldBeFalse();
    }

    static string Url(string indicator, string period) => $"/Pengukuran/Isi?indikator={indicator}&tahun=2021&periode={period}";

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string indicator, string period, string handler, Dictionary<string, string> fields) =>
        await client.PostAsync($"{Url(indicator, period)}&handler={handler}", await SakipWebFactory.FormAsync(client, Url(indicator, period), fields));

    /// <summary>The form as a browser sends it with a file: multipart, the realisation value kept as it is.</summary>
    async Task<HttpResponseMessage> UploadAsync(HttpClient client, string indicator, string period, string fileName, byte[] content)
    {
        var token = SakipWebFactory.AntiforgeryToken(await client.GetStringAsync(Url(indicator, period)));
        var value = (await RowAsync(indicator, Codes.Parse<Period>(period)!.Value)).Value!.Value;
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(value.ToString(new CultureInfo("id-ID"))), "Form.Nilai" },
            { file, "Bukti", fileName },
        };
        return await client.PostAsync($"{Url(indicator, period)}&handler=Simpan", form);
    }

    Task<Snapshot> RowAsync(string indicator, Period period) => app.QueryAsync(db =>
        db.Realisations.AsNoTracking().Where(r => r.Indicator.Code == indicator && r.Year == 2021 && r.Period == period)
            .Select(r => new Snapshot(r.Value, r.Status, r.Version, db.RealisationHistory.Count(h => h.RealisationId == r.Id)))
            .SingleAsync());

    async Task SetStatusAsync(string indicator, Period period, ApprovalStatus status) => await app.QueryAsync(async db =>
    {
        var row = await db.Realisations.SingleAsync(r => r.Indicator.Code == indicator && r.Year == 2021 && r.Period == period);
        row.Status = status;
        return await db.SaveChangesAsync();
    });

    /// <summary>What a failed entry must leave untouched: the value, status, version and the number of history rows.</summary>
    sealed record Snapshot(decimal? Value, ApprovalStatus Status, int Version, int History);
}
