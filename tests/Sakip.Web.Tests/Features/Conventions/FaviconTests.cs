using System.Net;
using System.Text.RegularExpressions;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Conventions;

/// <summary>Every page, the sign-in page and the print view included, names an icon that the app serves.</summary>
public sealed partial class FaviconTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Theory]
    [InlineData("/Akun/Masuk")]
    [InlineData("/PerjanjianKinerja/Cetak?instansi=SETDA&tahun=2021&versi=1")]
    public async Task A_page_links_an_icon_that_is_served(string page)
    {
        // The print page shows the demo's PK of Setda 2021 (pk.csv of the sample package).
        var client = page.Contains("Cetak", StringComparison.Ordinal) ? await app.SignInAsync("perencana@demo.sakip.id") : app.Client();

        var icon = Icon().Match(await client.GetStringAsync(page));
        var response = await client.GetAsync(WebUtility.HtmlDecode(icon.Groups[1].Value));

        icon.Success.ShouldBeTrue();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("image/svg+xml");
    }

    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+)\"")]
    private static partial Regex Icon();
}
