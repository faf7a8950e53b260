using System.Globalization;
using System.Text;

namespace Sakip.Reports.Rendering.Html;

/// <summary>
/// The report stylesheet, scoped under <c>.report</c> so the web preview can load it beside the site's own CSS. The
/// official look: a serif body, bordered tables with grey headers, captions numbered per chapter.
/// </summary>
static class HtmlStylesheet
{
    public static string Css { get; } = Build();

    const string Rules = """
        .report { font-family: "Bookman Old Style", "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 11pt; line-height: 1.45; color: #000; max-width: 17cm; margin: 0 auto; overflow-wrap: anywhere; }
        .report.landscape { max-width: 25.7cm; }
        .report h1 { font-size: 13pt; text-align: center; text-transform: uppercase; margin: 0 0 1em; break-after: avoid; }
        .report h2 { font-size: 12pt; margin: 1.2em 0 0.5em; break-after: avoid; }
        .report h3 { font-size: 11pt; margin: 1em 0 0.4em; break-after: avoid; }
        .report p { text-align: justify; margin: 0 0 0.6em; text-indent: 1.25cm; }
        .report p.subtitle { text-align: center; text-indent: 0; font-weight: bold; margin-top: -0.6em; break-after: avoid; }
        .report p.generated { border-left: 2px dotted #8eaadb; padding-left: 0.3em; }
        .report p.missing { text-indent: 0; background: #ffe699; border: 1px solid #c59100; color: #5c4300; font-weight: bold; padding: 0.3em 0.5em; }
        .report ul, .report ol { margin: 0 0 0.6em; padding-left: 1.6em; }
        .report table.data { width: 100%; border-collapse: collapse; margin: 0.4em 0 0.9em; font-size: 9.5pt; line-height: 1.25; page-break-inside: auto; }
        .report table.data caption { caption-side: top; font-weight: bold; text-align: center; padding: 0.3em 0; break-after: avoid; }
        .report table.data th, .report table.data td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
        .report table.data th { overflow-wrap: normal; }
        .report table.data th { background: #d9d9d9; text-align: center; vertical-align: middle; font-weight: bold; }
        .report table.data thead { display: table-header-group; }
        .report table.data tr { break-inside: avoid; }
        .report table.data td.r { text-align: right; white-space: nowrap; }
        .report table.data td.c { text-align: center; }
        .report table.data td[title] { cursor: help; }
        .report table.data tr.group td { background: #f2f2f2; font-weight: bold; }
        .report table.data tr.total td { font-weight: bold; background: #f2f2f2; }
        .report .notes { font-size: 9pt; margin: -0.5em 0 0.9em; }
        .report .notes p { text-indent: 0; margin: 0; }
        .report figure { margin: 0.6em 0 1em; text-align: center; break-inside: avoid; }
        .report figure img, .report figure svg { max-width: 100%; height: auto; }
        .report figcaption { font-weight: bold; margin-top: 0.3em; }
        .report .cover { text-align: center; min-height: 24cm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
        .report .landscape .cover, .report.landscape .cover { min-height: 15cm; }
        .report .cover-title { font-size: 18pt; font-weight: bold; text-transform: uppercase; }
        .report .cover-year { font-size: 16pt; font-weight: bold; margin: 1.5em 0 6em; }
        .report .cover-unit { font-size: 14pt; font-weight: bold; text-transform: uppercase; }
        .report .cover-parent { font-size: 13pt; font-weight: bold; text-transform: uppercase; }
        .report .cover-imprint { font-size: 13pt; font-weight: bold; margin-top: 5em; }
        .report table.details { border: 0; border-collapse: collapse; margin: 0 0 0.6em 1.25cm; }
        .report table.details td { border: 0; padding: 0 0.4em 0.2em 0; vertical-align: top; }
        .report table.details td:first-child { min-width: 4.5em; }
        .report .list-title { font-size: 13pt; font-weight: bold; text-align: center; margin-bottom: 0.8em; }
        .report nav ul, .report nav ol { list-style: none; padding: 0; }
        .report nav a { color: inherit; text-decoration: none; }
        .report nav li { margin: 0.15em 0; }
        .report .toc-1 { font-weight: bold; margin-top: 0.5em; }
        .report .toc-2 { padding-left: 1.5em; }
        .report .toc-3 { padding-left: 3em; }
        .report table.signatures { width: 100%; margin-top: 1.5em; border: 0; break-inside: avoid; }
        .report table.signatures td { text-align: center; vertical-align: top; border: 0; padding: 0 1em; }
        .report table.signatures .role { font-weight: bold; }
        .report table.signatures .sign-space { height: 2.4cm; }
        .report table.signatures .name { font-weight: bold; text-decoration: underline; }
        .report .page-break { break-before: page; }
        @media screen { .report { padding: 1cm; background: #fff; } .report .cover { min-height: 12cm; } .report .page-break { border-top: 1px dashed #bbb; margin: 1.5em 0; } }
        """;

    static string Build()
    {
        var css = new StringBuilder(Rules).Append('\n');
        for (var percent = 1; percent <= 100; percent++)
        {
            css.Append(CultureInfo.InvariantCulture, $".report col.w{percent} {{ width: {percent}%; }}\n");
        }
        return css.ToString();
    }
}
