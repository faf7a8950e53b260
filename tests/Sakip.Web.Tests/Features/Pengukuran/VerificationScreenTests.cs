using System.Net;
using System.Text.RegularExpressions;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Pengukuran;

/// <summary>What the planner and the verifikator see on the entry page around a return: the fields, the note, the history.</summary>
public sealed partial class VerificationScreenTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task A_return_without_a_note_shows_the_message_and_the_entry_form_as_stored()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var verifier = await app.SignInAsync("verifikator@demo.sakip.id");
        (await PostAsync(planner, "KESRA", "Simpan", new() { ["Form.Nilai"] = "85", ["Form.FaktorPendukung"] = "Koordinasi lintas perangkat daerah" }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(planner, "KESRA", "Ajukan", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var stored = HtmlForm.Fields(await verifier.GetStringAsync(Url("KESRA")));

        var response = await PostAsync(verifier, "KESRA", "Kembalikan", new() { ["Form.CatatanVerifikasi"] = "" });

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var html = await response.Content.ReadAsStringAsync();
        WebUtility.HtmlDecode(html).ShouldContain("Catatan pengembalian wajib diisi.");
        var fields = HtmlForm.Fields(html);
        stored["Form.FaktorPendukung"].ShouldBe("Koordinasi lintas perangkat daerah");
        fields["Form.Nilai"].ShouldNotBeEmpty();
        fields.ShouldBe(stored);
    }

    [Fact]
    public async Task A_return_note_is_current_until_acted_on_and_history_after_approval()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        var verifier = await app.SignInAsync("verifikator@demo.sakip.id");
        (await PostAsync(planner, "KERJASAMA", "Ajukan", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(verifier, "KERJASAMA", "Kembalikan", new() { ["Form.CatatanVerifikasi"] = "Lampirkan notulen rapat." }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PageAsync(planner, "KERJASAMA")).ShouldContain("Catatan verifikator: Lampirkan notulen rapat.");

        (await PostAsync(planner, "KERJASAMA", "Simpan", new() { ["Form.Nilai"] = "100" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(planner, "KERJASAMA", "Ajukan", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(verifier, "KERJASAMA", "Setujui", new())).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await PageAsync(planner, "KERJASAMA");
        page.ShouldContain("Status: <strong id=\"status\">Disetujui</strong>");
        page.ShouldNotContain("Catatan verifikator:");
        page.ShouldContain("Catatan pengembalian terakhir (sudah ditindaklanjuti): Lampirkan notulen rapat.");
    }

    [Fact]
    public async Task History_lists_the_current_version_first_then_every_earlier_one()
    {
        var planner = await app.SignInAsync("perencana@demo.sakip.id");
        (await PostAsync(planner, "PRODUK_HUKUM", "Simpan", new() { ["Form.Nilai"] = "99,9" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PostAsync(planner, "PRODUK_HUKUM", "Simpan", new() { ["Form.Nilai"] = "100" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await PageAsync(planner, "PRODUK_HUKUM");

        var history = page[page.IndexOf("Riwayat perubahan", StringComparison.Ordinal)..];
        history = history[..history.IndexOf("</table>", StringComparison.Ordinal)];
        HistoryRow().Matches(history).Select(m => $"{m.Groups[1].Value}: {m.Groups[2].Value}")
            .ShouldBe(["3 (terkini): 100", "2: 99,9", "1: 99,86"]);
    }

    static string Url(string indicator) => $"/Pengukuran/Isi?indikator={indicator}&tahun=2021&periode=tw4";

    static async Task<string> PageAsync(HttpClient client, string indicator) => WebUtility.HtmlDecode(await client.GetStringAsync(Url(indicator)));

    static async Task<HttpResponseMessage> PostAsync(HttpClient client, string indicator, string handler, Dictionary<string, string> fields) =>
        await client.PostAsync($"{Url(indicator)}&handler={handler}", await SakipWebFactory.FormAsync(client, Url(indicator), fields));

    [GeneratedRegex("<tr[^>]*><td[^>]*>([^<]+)</td><td[^>]*>([^<]*)</td>")]
    private static partial Regex HistoryRow();
}
