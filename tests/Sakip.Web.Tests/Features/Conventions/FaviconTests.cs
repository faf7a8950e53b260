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
        var client = app.Client();
        if (page.Contains("Cetak", StringComparison.Ordinal))
        {
            client = await app.SignInAsync("perencana@demo.sakip.id");
            await PerjanjianKinerja.AgreementSteps.SaveAsync(client, "SETDA", 2021, f =>
            {
                PerjanjianKinerja.AgreementSteps.Party(f, "PihakPertama", "Muhammad Sa'bani", "", "Sekretaris Daerah", "Definitive");
                PerjanjianKinerja.AgreementSteps.Party(f, "PihakKedua", "Dr. Ir. H. Isran Noor, M.Si.", "", "Gubernur Kalimantan Timur", "Definitive");
            });
        }

        var icon = Icon().Match(await client.GetStringAsync(page));
        var response = await client.GetAsync(WebUtility.HtmlDecode(icon.Groups[1].Value));

        icon.Success.ShouldBeTrue();
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("image/svg+xml");
    }

    [GeneratedRegex("<link rel=\"icon\" href=\"([^\"]+)\"")]
    private static partial Regex Icon();
}
