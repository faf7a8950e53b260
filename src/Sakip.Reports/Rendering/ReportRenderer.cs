using Sakip.Reports.Documents;

namespace Sakip.Reports.Rendering;

/// <summary>
/// Renders a <see cref="ReportDocument"/> to any <see cref="ReportFormat"/>. One instance keeps one headless Chromium
/// for PDF, started on the first PDF and closed on dispose, so printing every unit of a province starts it once.
/// </summary>
public sealed class ReportRenderer : IAsyncDisposable
{
    public Task RenderAsync(ReportDocument document, ReportFormat format, Stream output, CancellationToken ct = default) =>
        throw new NotImplementedException("Issue #8: the renderers are being written.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
