using System.Text;
using System.Text.RegularExpressions;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering;

namespace Sakip.Web.Features.Laporan;

/// <summary>
/// The HTML rendering of a document split for showing inside the app: its body goes into the page, its stylesheet is
/// served as a file (the Content-Security-Policy allows no inline style), nested under <c>.report-preview</c> so the
/// report's rules for <c>body</c>, <c>h1</c> or <c>table</c> do not restyle the app around it.
/// </summary>
public static partial class ReportPreview
{
    /// <summary>The body's inner HTML and the text of the style elements of a rendered HTML document.</summary>
    public static (string Body, string Css) Split(string html)
    {
        var body = BodyPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : html;
        var css = string.Join("\n", StylePattern().Matches(html).Select(m => m.Groups[1].Value));
        // Scripts never run here (the policy forbids inline script) but are dropped anyway; so are inline styles.
        body = ScriptPattern().Replace(body, "");
        body = StyleElementPattern().Replace(body, "");
        return (body.Trim(), css.Trim());
    }

    /// <summary>
    /// The stylesheet scoped to the preview with CSS nesting; <c>@page</c> rules (print only) are dropped, as they
    /// cannot be nested.
    /// </summary>
    public static string Scoped(string css) =>
        css.Length == 0 ? "" : $".report-preview {{\n{PageRulePattern().Replace(css, "")}\n}}\n";

    /// <summary>The document as HTML (the renderer's own rendering, the one users download).</summary>
    public static async Task<string> RenderAsync(ReportDocument document, CancellationToken ct)
    {
        await using var renderer = new ReportRenderer();
        using var output = new MemoryStream();
        await renderer.RenderAsync(document, ReportFormat.Html, output, ct);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    [GeneratedRegex("<body[^>]*>(.*)</body>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex BodyPattern();

    [GeneratedRegex("<style[^>]*>(.*?)</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StylePattern();

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<style[^>]*>.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex StyleElementPattern();

    [GeneratedRegex(@"@page[^{]*\{[^}]*\}", RegexOptions.IgnoreCase)]
    private static partial Regex PageRulePattern();
}
