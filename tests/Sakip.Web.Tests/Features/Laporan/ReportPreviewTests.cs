using System.Text.RegularExpressions;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Html;
using Sakip.Web.Features.Laporan;

namespace Sakip.Web.Tests.Features.Laporan;

/// <summary>The preview shows the renderer's body under the app's CSP: no script, no style attribute, the stylesheet a file scoped to the preview.</summary>
public sealed class ReportPreviewTests
{
    [Fact]
    public void The_stylesheet_is_the_renderers_nested_under_the_preview_without_print_page_rules()
    {
        ReportPreview.Stylesheet.ShouldStartWith(".report-preview {");
        ReportPreview.Stylesheet.ShouldContain(HtmlRenderer.Css);
        ReportPreview.Stylesheet.ShouldNotContain("@page");
    }

    [Fact]
    public void The_body_of_a_document_with_hostile_text_has_no_script_and_no_style_attribute()
    {
        var document = new ReportDocument("<script>alert(1)</script>", "x",
        [
            new HeadingBlock(1, "BAB I <script>alert(1)</script>"),
            new ParagraphBlock("\" style=\"color:red\" onmouseover=\"alert(1)"),
            new TableBlock("1.1", "<b>Tabel</b>", [new Column("No.")], [Row.Of("<img src=x onerror=alert(1)>")]),
            new MissingText("Latar Belakang"),
        ]);

        var body = HtmlRenderer.Body(document);

        body.ShouldNotContain("<script");
        Regex.IsMatch(body, @"<[^>]+\s(style|on\w+)\s*=").ShouldBeFalse(body);
        body.ShouldNotContain("<img src=x");
        body.ShouldContain("&lt;script&gt;");
    }
}
