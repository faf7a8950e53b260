using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Sakip.Web.Infrastructure;
using Sakip.Web.Tests.Infrastructure;

namespace Sakip.Web.Tests.Browser;

/// <summary>
/// The app on a real Kestrel port with Debian's headless Chromium driven by Playwright (no browser download).
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    /// <summary>Flags that keep Chromium from reaching for the network, which this machine does not have.</summary>
    static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    IPlaywright? playwright;

    public BrowserSession()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Configuration of the app under test (e.g. an SMTP server).</param>
    protected BrowserSession(IReadOnlyDictionary<string, string?> settings)
    {
        App = new SakipWebFactory { Settings = settings };
    }

    public SakipWebFactory App { get; }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        App.UseKestrel(0);
        App.StartServer();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });
    }

    public virtual async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        await App.DisposeAsync();
    }

    /// <summary>A new page (Indonesian locale, laptop-sized) signed in through the real form, on the dashboard.</summary>
    public async Task<IPage> SignedInPageAsync(string email)
    {
        var page = await Browser.NewPageAsync(new() { Locale = "id-ID", ViewportSize = new() { Width = 1366, Height = 900 } });
        await page.GotoAsync($"{BaseUrl}/Akun/Masuk");
        await page.GetByLabel("Surel").FillAsync(email);
        await page.GetByLabel("Kata sandi").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk" }).ClickAsync();
        await page.WaitForURLAsync("**/Beranda");
        return page;
    }

    /// <summary>Where screenshots are kept as test artefacts: artifacts/screenshots at the repository root.</summary>
    public static string ArtifactPath(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sakip.sln")))
        {
            directory = directory.Parent;
        }
        var folder = Path.Combine(directory?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, fileName);
    }
}
