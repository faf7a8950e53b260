using Microsoft.Playwright;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Html;

namespace Sakip.Reports.Rendering.Pdf;

/// <summary>
/// Prints the HTML rendering to PDF with headless Chromium through Playwright. The browser is the system one (never
/// downloaded), started on the first document and kept until dispose; each document gets its own page. Page size,
/// margins and page numbers come from the document's own @page rules (<see cref="HtmlRenderer.PageRule"/>).
/// </summary>
public sealed class PdfRenderer(string chromiumPath = PdfRenderer.DefaultChromium) : IAsyncDisposable
{
    public const string DefaultChromium = "/usr/bin/chromium";

    /// <summary>Flags that keep Chromium from reaching for the network and from needing a GPU or a sandbox in a container.</summary>
    static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    readonly SemaphoreSlim gate = new(1, 1);
    IPlaywright? playwright;
    IBrowser? browser;

    public async Task RenderAsync(ReportDocument document, Stream output, CancellationToken ct = default)
    {
        var pdf = await PrintAsync(HtmlRenderer.Render(document), ct);
        await output.WriteAsync(pdf, ct);
    }

    public async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        var chromium = await BrowserAsync(ct);
        var page = await chromium.NewPageAsync(new() { Locale = "id-ID", JavaScriptEnabled = false });
        try
        {
            await page.SetContentAsync(html, new() { WaitUntil = WaitUntilState.Load });
            ct.ThrowIfCancellationRequested();
            return await page.PdfAsync(new()
            {
                Format = "A4",
                PreferCSSPageSize = true,
                PrintBackground = true,
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true })
            {
                return browser;
            }
            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromiumPath, Headless = true, Args = ChromiumArgs });
            return browser;
        }
        finally
        {
            gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        gate.Dispose();
    }
}
