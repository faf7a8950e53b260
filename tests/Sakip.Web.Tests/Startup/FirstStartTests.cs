using System.Net;
using Microsoft.EntityFrameworkCore;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Startup;

public sealed class FirstStartTests
{
    [Fact]
    public async Task A_demo_start_loads_the_example_agency_and_one_account_per_role()
    {
        await using var app = new SakipWebFactory();

        var units = await app.QueryAsync(db => db.Units.CountAsync());
        var accounts = await app.QueryAsync(db => db.Users.Select(u => u.Email).OrderBy(e => e).ToListAsync());

        units.ShouldBe(47);
        accounts.ShouldBe(["admin@demo.sakip.id", "evaluator@demo.sakip.id", "perencana@demo.sakip.id", "pimpinan@demo.sakip.id", "verifikator@demo.sakip.id"]);
    }

    [Fact]
    public async Task A_production_start_creates_no_demo_data_and_no_default_password()
    {
        await using var app = new SakipWebFactory { Settings = new Dictionary<string, string?> { ["Sakip:NoDemo"] = "true" } };

        var units = await app.QueryAsync(db => db.Units.CountAsync());
        var accounts = await app.QueryAsync(db => db.Users.CountAsync());
        var roles = await app.QueryAsync(db => db.Roles.Select(r => r.Name).ToListAsync());
        var client = app.Client();
        var signIn = await client.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = "perencana@demo.sakip.id",
            ["Form.Password"] = Sakip.Web.Infrastructure.DemoAccounts.Password,
        }));

        units.ShouldBe(0);
        accounts.ShouldBe(0);
        roles.ShouldBe(["Admin", "Perencana", "Verifikator", "Evaluator", "Pimpinan"], ignoreOrder: true);
        signIn.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync()).ShouldContain("Surel atau kata sandi salah.");
    }
}
