using Microsoft.Playwright;
using Sakip.Web.Tests.Browser;

namespace Sakip.Web.Tests.Audit;

/// <summary>The audit trail in a real browser: a change made on a page, found on /Admin/Jejak with its values; screenshot kept.</summary>
public sealed class JejakJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_adds_a_unit_and_finds_the_change_with_its_values_and_actor_in_the_trail()
    {
        var page = await session.SignedInPageAsync("admin@demo.sakip.id");
        await page.GotoAsync($"{session.BaseUrl}/Admin/Instansi?instansi=SETDA");
        await page.GetByLabel("Kode (tanpa spasi atau /)").FillAsync("BIRO_JEJAK");
        await page.GetByLabel("Jenis").SelectOptionAsync("unit_kerja");
        await page.GetByLabel("Nama", new() { Exact = true }).FillAsync("Biro Jejak Audit");
        await page.GetByLabel("Singkatan").FillAsync("Biro Jejak");
        await page.GetByLabel("Singkatan").PressAsync("Enter");
        await page.Locator("tr[data-kode='BIRO_JEJAK']").WaitForAsync();

        await page.GotoAsync($"{session.BaseUrl}/Admin/Jejak");
        await page.GetByLabel("Instansi (dan di bawahnya)").FillAsync("SETDA");
        await page.GetByLabel("Objek").SelectOptionAsync(new SelectOptionValue { Label = "Instansi" });
        await page.GetByLabel("Instansi (dan di bawahnya)").PressAsync("Enter");

        // The unit is added, then its path is set: the added row is the older of the two.
        var row = page.Locator("#jejak > tbody > tr", new() { HasText = "Instansi BIRO_JEJAK" }).Filter(new() { HasText = "tambah" }).First;
        await row.WaitForAsync();
        var text = await row.InnerTextAsync();
        text.ShouldContain("Admin Biro Organisasi (demo)");
        text.ShouldContain("tambah");
        text.ShouldContain("Biro Jejak Audit");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("admin-jejak-audit.png"), FullPage = true });
    }
}
