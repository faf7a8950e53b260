using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Data;
using Sakip.Data.Accounts;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Tests.Infrastructure;

/// <summary>
/// The app on a fresh SQLite demo database of its own (the example agency and the demo accounts), so tests never
/// share data. Extra settings (e.g. PostgreSQL) can be passed for the database tests.
/// </summary>
public sealed partial class SakipWebFactory : WebApplicationFactory<Program>
{
    /// <summary>Configuration for this app instance, e.g. <c>Database:Provider</c> and <c>ConnectionStrings:Sakip</c>.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), $"sakip-web-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("SAKIP_DATA_DIR", DataDirectory);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Signs in through the real form (with its antiforgery token) and returns the signed-in client.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password = DemoAccounts.Password)
    {
        var client = Client();
        var response = await client.PostAsync("/Akun/Masuk", await FormAsync(client, "/Akun/Masuk", new()
        {
            ["Form.Email"] = email,
            ["Form.Password"] = password,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, $"sign-in of {email} failed");
        return client;
    }

    /// <summary>Form content for a POST, with the antiforgery token taken from the page as a browser would.</summary>
    public static async Task<FormUrlEncodedContent> FormAsync(HttpClient client, string pageUrl, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(pageUrl);
        fields["__RequestVerificationToken"] = AntiforgeryToken(html);
        return new FormUrlEncodedContent(fields);
    }

    /// <summary>A multipart form with one file, with the antiforgery token taken from the page, as a browser uploads.</summary>
    public static async Task<MultipartFormDataContent> UploadAsync(
        HttpClient client, string pageUrl, string fileField, string fileName, byte[] content, Dictionary<string, string>? fields = null)
    {
        var html = await client.GetStringAsync(pageUrl);
        var form = new MultipartFormDataContent { { new StringContent(AntiforgeryToken(html)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields ?? [])
        {
            form.Add(new StringContent(value), name);
        }
        form.Add(new ByteArrayContent(content), fileField, fileName);
        return form;
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("No antiforgery token in page.");

    /// <summary>Creates an account with a role and unit, for tests that need more than the demo accounts.</summary>
    public async Task CreateUserAsync(string email, string role, string unitCode, string password = DemoAccounts.Password)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SakipDb>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<SakipUser>>();
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        var user = new SakipUser { UserName = email, Email = email, DisplayName = email, UnitId = unitId, EmailConfirmed = true };
        (await users.CreateAsync(user, password)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
    }

    /// <summary>Runs a query against the app's database.</summary>
    public async Task<T> QueryAsync<T>(Func<SakipDb, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<SakipDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(DataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
