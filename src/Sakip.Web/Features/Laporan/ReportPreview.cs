using Sakip.Reports.Rendering.Html;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// The report stylesheet for showing a document inside the app: served as a file (the Content-Security-Policy allows
/// no inline style) and nested under <c>.report-preview</c> so the report's rules for <c>body</c>, <c>h1</c> or
/// <c>table</c> do not restyle the app around it. The body is <see cref="HtmlRenderer.Body"/>, which has no script and
/// no style attribute.
/// </summary>
public static class ReportPreview
{
    public static string Stylesheet { get; } = $".report-preview {{\n{HtmlRenderer.Css}\n}}\n";
}
