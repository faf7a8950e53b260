using System.Net;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests;

public sealed class HealthEndpointTests : IClassFixture<SakipWebFactory>
{
    readonly SakipWebFactory app;

    public HealthEndpointTests(SakipWebFactory app) => this.app = app;

    [Fact]
    public async Task Health_endpoint_answers_ok_without_sign_in()
    {
        var response = await app.Client().GetAsync("/sehat");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("ok");
    }

    [Fact]
    public async Task Health_endpoint_is_not_part_of_the_api_description()
    {
        var document = await app.Client().GetStringAsync("/openapi/v1.json");

        document.ShouldNotContain("/sehat");
    }
}
