using System.Globalization;
using System.Net;
using System.Text;
using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Charts;

namespace Sakip.Reports.Rendering.Html;

/// <summary>
/// Renders a document as one standalone, printable A4 HTML page: the stylesheet embedded, charts as data: URIs, the
/// organisation chart as inline SVG, every text encoded. <see cref="Body"/> and <see cref="Css"/> give the web app the
/// same content for a preview under a strict CSP (no script, no inline style attributes).
/// </summary>
public static class HtmlRenderer
{
    public static string Css => HtmlStylesheet.Css;

    public static string Render(ReportDocument document)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(document.Title)}</title>\n<style>\n{PageRule(document)}\n{Css}</style>\n</head>\n<body>\n");
        html.Append(Body(document));
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>
    /// The @page rules: A4 in the document's orientation, the margins Indonesian reports use, and the page number
    /// centred in the bottom margin (a CSS margin box, so printing the HTML from a browser numbers pages too), left off
    /// the cover.
    /// </summary>
    public static string PageRule(ReportDocument document)
    {
        var size = document.Orientation switch
        {
            PageOrientation.Portrait => "size: A4 portrait; margin: 2cm 2cm 2.2cm 2.5cm;",
            PageOrientation.Landscape => "size: A4 landscape; margin: 2cm 2cm 2.2cm 2cm;",
        };
        var number = "@bottom-center { content: counter(page); font-family: \"Times New Roman\", \"Liberation Serif\", serif; font-size: 9pt; }";
        var cover = document.Blocks.Count > 0 && document.Blocks[0] is CoverBlock ? "\n@page :first { @bottom-center { content: none; } }" : "";
        return $"@page {{ {size} {number} }}{cover}";
    }

    /// <summary>The document's content in an <c>article.report</c> element, for a page that links <see cref="Css"/>.</summary>
    public static string Body(ReportDocument document)
    {
        var outline = Outline.Of(document);
        var html = new StringBuilder();
        var orientation = document.Orientation == PageOrientation.Landscape ? " landscape" : "";
        html.Append(CultureInfo.InvariantCulture, $"<article class=\"report{orientation}\">\n");
        foreach (var block in document.Blocks)
        {
            Block(html, block, outline);
        }
        html.Append("</article>\n");
        return html.ToString();
    }

    static void Block(StringBuilder html, Block block, Outline outline)
    {
        switch (block)
        {
            case CoverBlock cover:
                Cover(html, cover);
                break;
            case HeadingBlock heading:
                var level = Math.Clamp(heading.Level, 1, 3);
                html.Append(CultureInfo.InvariantCulture, $"<h{level} id=\"{outline.AnchorOf(heading)}\">{E(heading.Text)}</h{level}>\n");
                break;
            case ParagraphBlock { Subtitle: true } paragraph:
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{E(paragraph.Text)}</p>\n");
                break;
            case ParagraphBlock { Generated: true } paragraph:
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"generated\" title=\"Kalimat draf yang disusun dari data; periksa dan sunting.\">{E(paragraph.Text)}</p>\n");
                break;
            case ParagraphBlock paragraph:
                html.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph.Text)}</p>\n");
                break;
            case ListBlock list:
                var tag = list.Numbered ? "ol" : "ul";
                html.Append(CultureInfo.InvariantCulture, $"<{tag}>");
                foreach (var item in list.Items)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li>{E(item)}</li>");
                }
                html.Append(CultureInfo.InvariantCulture, $"</{tag}>\n");
                break;
            case MissingText missing:
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"missing\">{E(Captions.MissingMarker(missing))}</p>\n");
                break;
            case TableBlock table:
                HtmlTable.Append(html, table);
                break;
            case ChartBlock chart:
                var png = Convert.ToBase64String(ChartImages.Png(chart));
                html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\" id=\"{Captions.Anchor("gambar", chart.Number)}\"><img src=\"data:image/png;base64,{png}\" alt=\"{E(chart.Caption)}\"><figcaption>{E(Captions.Of(chart))}</figcaption></figure>\n");
                break;
            case OrgChartBlock org:
                html.Append(CultureInfo.InvariantCulture, $"<figure class=\"org\" id=\"{Captions.Anchor("gambar", org.Number)}\">{OrgChartImages.Svg(org)}<figcaption>{E(Captions.Of(org))}</figcaption></figure>\n");
                break;
            case SignatureBlock signature:
                Signatures(html, signature);
                break;
            case DetailsBlock details:
                html.Append("<table class=\"details\">");
                foreach (var line in details.Lines)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(line.Label)}</td><td>:</td><td>{E(line.Value)}</td></tr>");
                }
                html.Append("</table>\n");
                break;
            case TableOfContentsBlock:
                Contents(html, outline);
                break;
            case ListOfTablesBlock:
                html.Append("<nav class=\"lot\"><ol>");
                foreach (var table in outline.Tables)
                {
                    html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{Captions.Anchor("tabel", table.Number)}\">{E(Captions.Of(table))}</a></li>");
                }
                html.Append("</ol></nav>\n");
                break;
            case PageBreakBlock:
                html.Append("<div class=\"page-break\"></div>\n");
                break;
            default:
                throw new NotSupportedException($"No HTML rendering for {block.GetType().Name}.");
        }
    }

    static void Cover(StringBuilder html, CoverBlock cover)
    {
        html.Append("<section class=\"cover\">");
        foreach (var line in cover.TitleLines)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cover-title\">{E(line)}</div>");
        }
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cover-year\">TAHUN {cover.Year}</div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"cover-unit\">{E(cover.UnitName)}</div>");
        if (cover.ParentName is { } parent)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cover-parent\">{E(parent)}</div>");
        }
        if (cover.Imprint is { } imprint)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cover-imprint\">{E(imprint)}</div>");
        }
        html.Append("</section>\n");
    }

    static void Contents(StringBuilder html, Outline outline)
    {
        html.Append("<nav class=\"toc\"><ul>");
        foreach (var (heading, anchor) in outline.Headings)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"toc-{Math.Clamp(heading.Level, 1, 3)}\"><a href=\"#{anchor}\">{E(heading.Text)}</a></li>");
        }
        html.Append("</ul></nav>\n");
    }

    static void Signatures(StringBuilder html, SignatureBlock block)
    {
        html.Append("<table class=\"signatures\"><tr>");
        for (var i = 0; i < block.Signatories.Count; i++)
        {
            var s = block.Signatories[i];
            var placeAndDate = i == block.Signatories.Count - 1 && block.PlaceAndDate is { } text ? E(text) : "&nbsp;";
            html.Append(CultureInfo.InvariantCulture, $"<td><div>{placeAndDate}</div><div class=\"role\">{E(s.Role)}</div><div>{E(s.Position)}</div><div class=\"sign-space\"></div><div class=\"name\">{E(s.Name)}</div>");
            if (s.NipLine is { } nip)
            {
                html.Append(CultureInfo.InvariantCulture, $"<div>{E(nip)}</div>");
            }
            html.Append("</td>");
        }
        html.Append("</tr></table>\n");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);
}
