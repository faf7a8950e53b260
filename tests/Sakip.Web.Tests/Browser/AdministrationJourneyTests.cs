using Microsoft.Playwright;

namespace Sakip.Web.Tests.Browser;

/// <summary>The Admin's unit tree and the PK cascade in a real browser, with screenshots kept as artefacts.</summary>
public sealed class AdministrationJourneyTests(BrowserSession session) : IClassFixture<BrowserSession>
{
    [Fact]
    public async Task Admin_adds_a_Biro_under_Setda_with_the_keyboard_and_sees_it_in_the_tree()
    {
        var page = await session.SignedInPageAsync("admin@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/Admin/Instansi?instansi=SETDA");
        (await page.GetByLabel("Kode induk").InputValueAsync()).ShouldBe("SETDA");
        await page.GetByLabel("Kode (tanpa spasi atau /)").FillAsync("BIRO_UJI");
        await page.GetByLabel("Jenis").SelectOptionAsync("unit_kerja");
        await page.GetByLabel("Nama", new() { Exact = true }).FillAsync("Biro Uji Coba");
        await page.GetByLabel("Singkatan").FillAsync("Biro Uji");
        await page.GetByLabel("Singkatan").PressAsync("Enter");

        var row = page.Locator("tr[data-kode='BIRO_UJI']");
        await row.WaitForAsync();
        (await row.InnerTextAsync()).ShouldContain("Biro Uji Coba");
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("admin-instansi-setda.png"), FullPage = true });
    }

    [Fact]
    public async Task The_PK_page_of_Setda_lists_the_agreements_of_the_Biro_units_below()
    {
        var page = await session.SignedInPageAsync("perencana@demo.sakip.id");

        await page.GotoAsync($"{session.BaseUrl}/PerjanjianKinerja?instansi=SETDA&tahun=2021");

        var below = page.GetByRole(AriaRole.Heading, new() { Name = "Perjanjian Kinerja unit di bawahnya" });
        await below.WaitForAsync();
        (await page.GetByRole(AriaRole.Link, new() { Name = "Biro Pemerintahan dan Otonomi Daerah" }).CountAsync()).ShouldBeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = BrowserSession.ArtifactPath("perjanjian-kinerja-setda-2021.png"), FullPage = true });
    }
}
