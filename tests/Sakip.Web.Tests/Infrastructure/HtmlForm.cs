using System.Net;
using System.Text.RegularExpressions;

namespace Sakip.Web.Tests.Infrastructure;

/// <summary>
/// The fields a browser would submit from the first POST form of a page (inputs, checked boxes, selected options,
/// textareas), so a test can change a few and post the rest as the page rendered them.
/// </summary>
public static partial class HtmlForm
{
    public static Dictionary<string, string> Fields(string html)
    {
        // The layout's sign-out form comes first; the page's own form is the first other one.
        var form = FormPattern().Matches(html).FirstOrDefault(m => !m.Value.Contains("/Akun/Keluar", StringComparison.Ordinal))?.Value
            ?? throw new InvalidOperationException("No POST form in page.");
        var fields = new Dictionary<string, string>();
        foreach (Match input in InputPattern().Matches(form))
        {
            var tag = input.Value;
            if (Attribute(tag, "name") is not { } name || (Attribute(tag, "type") is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }
            // A checkbox is followed by a hidden "false"; the checked value wins, as in model binding.
            if (!fields.ContainsKey(name) || Attribute(tag, "type") != "hidden")
            {
                fields[name] = Attribute(tag, "value") ?? "";
            }
        }
        foreach (Match select in SelectPattern().Matches(form))
        {
            var options = OptionPattern().Matches(select.Groups[2].Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Groups[1].Value.Contains("selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            fields[WebUtility.HtmlDecode(select.Groups[1].Value)] = chosen is null ? "" : Attribute(chosen.Value, "value") ?? "";
        }
        foreach (Match area in TextAreaPattern().Matches(form))
        {
            fields[WebUtility.HtmlDecode(area.Groups[1].Value)] = WebUtility.HtmlDecode(area.Groups[2].Value).TrimStart('\r', '\n');
        }
        fields.Remove("__RequestVerificationToken");
        return fields;
    }

    static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<form[^>]*method=\"post\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("<input[^>]*>")]
    private static partial Regex InputPattern();

    [GeneratedRegex("<select[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectPattern();

    [GeneratedRegex("<option([^>]*)>")]
    private static partial Regex OptionPattern();

    [GeneratedRegex("<textarea[^>]*\\sname=\"([^\"]+)\"[^>]*>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextAreaPattern();
}
