using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Features.Evaluasi;

/// <summary>The body rows of a table of a page, each as its cells' visible text joined by <c>|</c>, for literal assertions.</summary>
static partial class EvaluasiHtml
{
    public static List<string> Rows(string html, string tableId)
    {
        var start = html.IndexOf($"id=\"{tableId}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            return [];
        }
        var body = html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
        body = body[Math.Max(0, body.IndexOf("<tbody>", StringComparison.Ordinal))..];
        return [.. RowPattern().Matches(body).Select(r => string.Join('|', CellPattern().Matches(r.Groups[1].Value)
            .Select(c => Space().Replace(WebUtility.HtmlDecode(Tag().Replace(c.Groups[1].Value, " ")), " ").Trim())))];
    }

    [GeneratedRegex("<tr[^>]*>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
