using System.Net;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>A value the binder cannot convert is reported in Bahasa Indonesia, naming the field as the form labels it.</summary>
public sealed class BindingMessageTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    [Fact]
    public async Task Letters_in_a_year_box_are_reported_in_Indonesian()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        const string url = "/Perencanaan/Indikator?kode=ITKP";
        var fields = HtmlForm.Fields(await client.GetStringAsync(url));
        fields["Form.TahunAwal"] = "abc";

        var response = await client.PostAsync(url, await SakipWebFactory.FormAsync(client, url, fields));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        html.ShouldContain("Nilai \"abc\" tidak valid untuk Tahun kondisi awal.");
        html.ShouldNotContain("is not valid for");
    }
}
