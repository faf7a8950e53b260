using System.Text;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Docx;
using Sakip.Reports.Rendering.Html;
using Sakip.Reports.Rendering.Pdf;
using Sakip.Reports.Rendering.Xlsx;

namespace Sakip.Reports.Rendering;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to any <see cref="ReportFormat"/>. One instance keeps one headless Chromium
/// for PDF, started on the first PDF and closed on dispose, so printing every unit of a province starts it once.
/// </summary>
/// <param name="chromiumPath">The Chromium binary used for PDF; the system one by default (Playwright never downloads one).</param>
public sealed class ReportRenderer(string chromiumPath = PdfRenderer.DefaultChromium) : IAsyncDisposable
{
    readonly PdfRenderer pdf = new(chromiumPath);

    public async Task RenderAsync(ReportDocument document, ReportFormat format, Stream output, CancellationToken ct = default)
    {
        switch (format)
        {
            case ReportFormat.Html:
                await output.WriteAsync(Encoding.UTF8.GetBytes(HtmlRenderer.Render(document)), ct);
                break;
            case ReportFormat.Docx:
                await BufferedAsync(output, s => DocxRenderer.Render(document, s), ct);
                break;
            case ReportFormat.Xlsx:
                await BufferedAsync(output, s => XlsxRenderer.Render(document, s), ct);
                break;
            case ReportFormat.Pdf:
                await pdf.RenderAsync(document, output, ct);
                break;
        }
    }

    /// <summary>
    /// The Open XML SDK needs a seekable stream and writes synchronously; render into memory, then copy asynchronously
    /// (an HTTP response body allows neither seeking nor synchronous writes).
    /// </summary>
    static async Task BufferedAsync(Stream output, Action<Stream> render, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        render(buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, ct);
    }

    public ValueTask DisposeAsync() => pdf.DisposeAsync();
}
