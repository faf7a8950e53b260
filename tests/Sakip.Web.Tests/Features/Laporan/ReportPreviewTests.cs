using Sakip.Web.Features.Laporan;

namespace Sakip.Web.Tests.Features.Laporan;

public sealed class ReportPreviewTests
{
    const string Rendered = """
        <!DOCTYPE html><html><head><title>LKjIP</title><style>body { font: 12pt serif; } @page { size: A4; margin: 2cm; } table { width: 100%; }</style></head>
        <body class="x"><h1>LKjIP 2021</h1><script>alert(1)</script><table><tr><td>99,79</td></tr></table></body></html>
        """;

    [Fact]
    public void The_body_goes_into_the_page_without_scripts_and_the_styles_become_a_stylesheet()
    {
        var (body, css) = ReportPreview.Split(Rendered);

        body.ShouldBe("<h1>LKjIP 2021</h1><table><tr><td>99,79</td></tr></table>");
        css.ShouldContain("table { width: 100%; }");
    }

    [Fact]
    public void The_stylesheet_is_nested_under_the_preview_and_print_page_rules_are_dropped()
    {
        var scoped = ReportPreview.Scoped(ReportPreview.Split(Rendered).Css);

        scoped.ShouldStartWith(".report-preview {");
        scoped.ShouldNotContain("@page");
        scoped.ShouldContain("body { font: 12pt serif; }");
        ReportPreview.Scoped("").ShouldBe("");
    }
}
