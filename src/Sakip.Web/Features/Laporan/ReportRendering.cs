using Sakip.Core;
using Sakip.Data;
using Sakip.Data.Exchange;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// Builds and renders the Laporan documents for the pages and the API. One renderer (one headless Chromium) serves
/// every PDF, and at most <see cref="MaxConcurrentPdf"/> PDFs are printed at once: a PDF takes seconds of CPU, and the
/// server must stay responsive when one user clicks every PDF link.
/// </summary>
public sealed partial class ReportRendering(ILogger<ReportRendering> logger) : IAsyncDisposable
{
    public const int MaxConcurrentPdf = 2;

    /// <summary>How long a PDF request waits for a free slot before the user is asked to try again.</summary>
    static readonly TimeSpan QueueWait = TimeSpan.FromSeconds(30);

    /// <summary>One renderer for every format; only PDF starts its Chromium, once.</summary>
    readonly ReportRenderer renderer = new();
    readonly SemaphoreSlim pdfSlots = new(MaxConcurrentPdf, MaxConcurrentPdf);

    /// <summary>The unit's data for its documents: the unit and the units below it, the year and the years it is compared with.</summary>
    public static async Task<Dataset> LoadAsync(SakipDb db, UnitRef unit, int year, CancellationToken ct) =>
        await DatasetLoader.LoadForReportAsync(db, unit.Code, year, ct) ?? Dataset.Empty;

    /// <summary>The built document, or a message saying (in Bahasa Indonesia) why it cannot be made.</summary>
    public Outcome<ReportDocument> Build(ReportKind kind, Dataset data, UnitRef unit, int year)
    {
        try
        {
            return Outcomes.Of<ReportDocument>(kind.Build(data, unit.Code, year));
        }
        catch (Exception e)
        {
            // Stored data a builder did not expect must not end in an error page; the log keeps the cause.
            BuildFailed(logger, e, kind.Code, unit.Code, year);
            return Outcomes.Fail<ReportDocument>($"{kind.Title} {unit.DisplayName} {year} tidak dapat dibuat dari data yang tersimpan. Hubungi admin.");
        }
    }

    /// <summary>The rendered file, or a message; a PDF failure (no Chromium on the server) is a message, not a 500.</summary>
    public async Task<Outcome<RenderedFile>> RenderAsync(ReportDocument document, ReportFormat format, CancellationToken ct)
    {
        if (format != ReportFormat.Pdf)
        {
            return await TryRenderAsync(document, format, ct);
        }
        if (!await pdfSlots.WaitAsync(QueueWait, ct))
        {
            return Outcomes.Fail<RenderedFile>("Server sedang membuat PDF lain. Coba lagi sebentar lagi, atau unduh DOCX/HTML.");
        }
        try
        {
            return await TryRenderAsync(document, format, ct);
        }
        finally
        {
            pdfSlots.Release();
        }
    }

    async Task<Outcome<RenderedFile>> TryRenderAsync(ReportDocument document, ReportFormat format, CancellationToken ct)
    {
        try
        {
            using var output = new MemoryStream();
            await renderer.RenderAsync(document, format, output, ct);
            return Outcomes.Of<RenderedFile>(new RenderedFile(output.ToArray(), document.FileName + format.Extension(), format.ContentType()));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A PDF needs Chromium on the server; without it (or when it crashes) the user gets the other formats.
            RenderFailed(logger, e, document.FileName, format);
            return Outcomes.Fail<RenderedFile>(format == ReportFormat.Pdf
                ? "PDF tidak dapat dibuat: peramban Chromium untuk mencetak PDF tidak tersedia atau gagal di server. Unduh DOCX atau HTML, lalu hubungi admin."
                : $"Dokumen {Label(format)} tidak dapat dibuat. Hubungi admin.");
        }
    }

    public static string Label(ReportFormat format) => format.Extension().TrimStart('.').ToUpperInvariant();

    /// <summary>A format a link names (<c>pdf</c>, <c>docx</c>, <c>xlsx</c>, <c>html</c>); null for anything else.</summary>
    public static ReportFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "pdf" => ReportFormat.Pdf,
        "docx" => ReportFormat.Docx,
        "xlsx" => ReportFormat.Xlsx,
        "html" => ReportFormat.Html,
        _ => null,
    };

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        pdfSlots.Dispose();
    }

    public sealed record RenderedFile(byte[] Content, string FileName, string ContentType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building {Kind} of {Unit} {Year} failed.")]
    static partial void BuildFailed(ILogger logger, Exception exception, string kind, string unit, int year);

    [LoggerMessage(Level = LogLevel.Error, Message = "Rendering {File} as {Format} failed.")]
    static partial void RenderFailed(ILogger logger, Exception exception, string file, ReportFormat format);
}
