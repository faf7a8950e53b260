using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Sakip.Core.Measurement;
using Sakip.Data.Accounts;
using Sakip.Data.Exchange;
using Sakip.Packages;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.ScaleOut;

/// <summary>
/// Two app instances on one PostgreSQL, as behind a load balancer: one cookie jar, requests alternating between
/// them. It works only because the data protection keys live in the database, not in either instance.
/// </summary>
public sealed class TwoInstancesTests
{
    const string Entry = "/Pengukuran/Isi?indikator=EKPPD&tahun=2021&periode=tw2";
    const string Planner = "perencana.setda@uji.sakip.id";

    [PostgresFact]
    public async Task Sign_in_on_one_instance_and_submit_on_the_other_with_the_first_instance_token()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var uploads = Directory.CreateTempSubdirectory("sakip-uploads-");
        using var first = Instance(database, uploads.FullName);
        using var second = Instance(database, uploads.FullName);
        await SeedAsync(first);
        var browser = new CookieContainer();
        using var one = first.CreateDefaultClient(new CookieContainerHandler(browser));
        using var two = second.CreateDefaultClient(new CookieContainerHandler(browser));

        var signIn = await one.PostAsync("/Akun/Masuk", await SakipWebFactory.FormAsync(one, "/Akun/Masuk", new()
        {
            ["Form.Email"] = Planner,
            ["Form.Password"] = DemoAccounts.Password,
        }));
        var token = SakipWebFactory.AntiforgeryToken(await one.GetStringAsync(Entry));
        var page = await two.GetAsync("/Beranda?instansi=SETDA&tahun=2021");
        var save = await two.PostAsync(Entry + "&handler=Simpan", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Form.Nilai"] = "3,09",
            ["__RequestVerificationToken"] = token,
        }));

        signIn.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain("Sekretariat Daerah Provinsi Kalimantan Timur");
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        save.Headers.Location!.ToString().ShouldNotContain("/Akun/Masuk");
        var stored = await first.QueryAsync(db => db.Realisations.AsNoTracking()
            .SingleAsync(r => r.Indicator.Code == "EKPPD" && r.Year == 2021 && r.Period == Period.Q2));
        (stored.Value, stored.UpdatedBy).ShouldBe((3.09m, Planner));
        (await first.QueryAsync(db => db.DataProtectionKeys.CountAsync())).ShouldBeGreaterThan(0);
        uploads.Delete(recursive: true);
    }

    static SakipWebFactory Instance(PostgresDatabase database, string uploads) => new()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "postgres",
            ["ConnectionStrings:Sakip"] = database.ConnectionString,
            ["Sakip:UploadDirectory"] = uploads,
        },
    };

    /// <summary>PostgreSQL never gets the demo data: import the sample package and add a planner of Setda.</summary>
    static async Task SeedAsync(SakipWebFactory app)
    {
        var package = PackageReader.Read(Path.Combine(AppContext.BaseDirectory, "demo", "kaltim-setda-2021")).Data!;
        await app.QueryAsync(db => DatasetImporter.ImportAsync(db, package, "uji", DateTimeOffset.UtcNow));
        await app.CreateUserAsync(Planner, Roles.Planner, "SETDA");
    }
}
