using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Features.Perencanaan;

/// <summary>"Bukti dukung wajib" is set on the indicator form and read and written as bukti_wajib by the planning API.</summary>
public sealed class EvidenceRequiredTests(SakipWebFactory app) : IClassFixture<SakipWebFactory>
{
    const string Form = "/Perencanaan/Indikator?kode=ITKP";

    [Fact]
    public async Task The_form_checkbox_sets_it_and_the_api_reads_and_clears_it()
    {
        var client = await app.SignInAsync("perencana@demo.sakip.id");
        var fields = HtmlForm.Fields(await client.GetStringAsync(Form));
        fields["Form.BuktiWajib"].ShouldBe("false");
        fields["Form.BuktiWajib"] = "true";

        var saved = await client.PostAsync(Form, await SakipWebFactory.FormAsync(client, Form, fields));

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RequiredAsync()).ShouldBeTrue();
        HtmlForm.Fields(await client.GetStringAsync(Form))["Form.BuktiWajib"].ShouldBe("true");
        var json = (await client.GetFromJsonAsync<JsonObject>("/api/v1/indikator/ITKP"))!;
        json["bukti_wajib"]!.GetValue<bool>().ShouldBeTrue();

        json["bukti_wajib"] = false;
        var put = await client.PutAsJsonAsync("/api/v1/indikator/ITKP", json);

        put.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RequiredAsync()).ShouldBeFalse();
    }

    Task<bool> RequiredAsync() => app.QueryAsync(db => db.Indicators.Where(i => i.Code == "ITKP").Select(i => i.EvidenceRequired).SingleAsync());
}
