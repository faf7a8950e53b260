using Microsoft.Playwright;
using Sakip.Web.Tests.Browser;

namespace Sakip.Web.Tests.Security;

/// <summary>The main pages work in Chromium under the Content-Security-Policy, with no violation reported.</summary>
public sealed class ContentSecurityPolicyBrowserTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    /// <summary>Runs before any page script (injected by the browser driver, which the policy does not govern).</summary>
    const string RecordViolations =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task Beranda_Pengukuran_live_preview_and_Perbandingan_chart_work_without_a_policy_violation()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");
        await page.AddInitScriptAsync(RecordViolations);
        var console = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") console.Add(message.Text); };
        page.PageError += (_, error) => console.Add(error);

        await page.GotoAsync($"{session.BaseUrl}/Beranda?instansi=SETDA&tahun=2021");
        await page.Locator("#tahun").SelectOptionAsync("2020");
        await page.WaitForURLAsync("**tahun=2020**");
        var beranda = await ViolationsAsync(page);

        await page.GotoAsync($"{session.BaseUrl}/Pengukuran/Isi?indikator=KERJASAMA&tahun=2021&periode=tw2");
        await page.GetByLabel("Realisasi").FillAsync("40");
        await page.Locator("#capaian").Filter(new() { HasText = "88,89 %" }).WaitForAsync();
        var isi = await ViolationsAsync(page);

        await page.GotoAsync($"{session.BaseUrl}/Perbandingan?indikator=SAKIP_MIN_B");
        var drawn = await page.EvaluateAsync<bool>("() => Chart.getChart('grafik-perbandingan') !== undefined");
        var perbandingan = await ViolationsAsync(page);

        await page.GotoAsync($"{session.BaseUrl}/Anggaran?instansi=SETDA&tahun=2021");
        var anggaran = await ViolationsAsync(page);

        beranda.ShouldBeEmpty();
        isi.ShouldBeEmpty();
        drawn.ShouldBeTrue();
        perbandingan.ShouldBeEmpty();
        anggaran.ShouldBeEmpty();
        console.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_delete_form_asks_first_and_does_nothing_when_the_question_is_declined()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");
        var asked = new List<string>();
        page.Dialog += async (_, dialog) => { asked.Add(dialog.Message); await dialog.DismissAsync(); };
        await page.GotoAsync($"{session.BaseUrl}/Perencanaan");
        var edit = page.Locator("a[href*='/Perencanaan/Indikator?kode=']").First;
        await edit.ClickAsync();
        await page.WaitForURLAsync("**/Perencanaan/Indikator?**");
        var url = page.Url;

        await page.Locator("form[data-confirm] button").ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        asked.ShouldBe(["Hapus indikator ini?"]);
        page.Url.ShouldBe(url);
    }

    static async Task<string[]> ViolationsAsync(IPage page) => await page.EvaluateAsync<string[]>("() => window.__violations ?? ['no recorder']");
}
