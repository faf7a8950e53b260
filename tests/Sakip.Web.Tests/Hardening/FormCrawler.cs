using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Hardening;

/// <summary>
/// Finds the app's forms the way a user would: follows the links of every page from the dashboard, and collects each
/// POST form (other than sign-out) with its fields and the handlers its buttons post to.
/// </summary>
public static partial class FormCrawler
{
    /// <param name="Page">The page the form is on.</param>
    /// <param name="Targets">The URLs the form's buttons post to (its action, or each button's formaction).</param>
    /// <param name="Fields">The fields as the page rendered them, without the antiforgery token.</param>
    /// <param name="NumberFields">The fields that take a number (<c>type="number"</c> or <c>inputmode="decimal"/"numeric"</c>).</param>
    public sealed record Form(string Page, IReadOnlyList<string> Targets, IReadOnlyDictionary<string, string> Fields, IReadOnlySet<string> NumberFields, bool Multipart);

    /// <summary>The forms of up to <paramref name="maxPages"/> pages reached from the seeds, at most <paramref name="perPath"/> pages per path.</summary>
    public static async Task<List<Form>> CrawlAsync(HttpClient client, IEnumerable<string> seeds, int maxPages = 150, int perPath = 2)
    {
        var queue = new Queue<string>(seeds);
        var seen = new HashSet<string>(queue);
        var visitsPerPath = new Dictionary<string, int>();
        var forms = new List<Form>();
        var visits = 0;
        while (queue.Count > 0 && visits < maxPages)
        {
            var url = queue.Dequeue();
            var path = url.Split('?')[0];
            if (visitsPerPath.GetValueOrDefault(path) >= perPath)
            {
                continue;
            }
            visitsPerPath[path] = visitsPerPath.GetValueOrDefault(path) + 1;
            visits++;
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            forms.AddRange(FormsOf(url, html));
            foreach (var link in Links(html).Where(seen.Add))
            {
                queue.Enqueue(link);
            }
        }
        return forms;
    }

    public static IEnumerable<Form> FormsOf(string page, string html)
    {
        foreach (Match form in FormPattern().Matches(html))
        {
            var tag = form.Groups[1].Value;
            var body = form.Groups[2].Value;
            var action = Attribute(tag, "action") is { Length: > 0 } a ? a : page;
            if (action.StartsWith("/Akun/Keluar", StringComparison.Ordinal))
            {
                continue;
            }
            var targets = FormActionPattern().Matches(body).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).Distinct().ToList();
            yield return new Form(page, targets.Count > 0 ? targets : [action], Fields(body), NumberFields(body),
                Attribute(tag, "enctype") == "multipart/form-data");
        }
    }

    static Dictionary<string, string> Fields(string form)
    {
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name || name == "__RequestVerificationToken" || Attribute(tag, "type") == "file"
                || (Attribute(tag, "type") is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }
            fields.TryAdd(name, Attribute(tag, "value") ?? "");
        }
        foreach (Match select in SelectPattern().Matches(form))
        {
            var options = OptionPattern().Matches(select.Groups[2].Value).Select(m => m.Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = chosen is null ? "" : Attribute(chosen, "value") ?? "";
        }
        foreach (Match area in TextAreaPattern().Matches(form))
        {
            fields[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value).TrimStart('\r', '\n');
        }
        return fields;
    }

    static HashSet<string> NumberFields(string form) =>
    [
        .. InputPattern().Matches(form).Select(m => m.Value)
            .Where(tag => Attribute(tag, "type") == "number" || Attribute(tag, "inputmode") is "decimal" or "numeric")
            .Select(tag => Attribute(tag, "name")).OfType<string>(),
    ];

    static IEnumerable<string> Links(string html) =>
        LinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(l => !l.StartsWith("/api", StringComparison.Ordinal) && !l.StartsWith("/Akun/Keluar", StringComparison.Ordinal)
                && !l.Contains("handler=", StringComparison.Ordinal) && !l.StartsWith("/lib/", StringComparison.Ordinal)
                && !l.StartsWith("/css/", StringComparison.Ordinal) && !l.StartsWith("/js/", StringComparison.Ordinal));

    static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<form([^>]*method=\"post\"[^>]*)>(.*?)</form>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex FormPattern();

    [GeneratedRegex("formaction=\"([^\"]+)\"")]
    private static partial Regex FormActionPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option[^>]*>")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();

    [GeneratedRegex("href=\"(/[^\"#]*)\"")]
    private static partial Regex LinkPattern();
}
