using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// ASP.NET's HTML generator without the one inline style it writes: the empty validation summary's hidden
/// <c>&lt;li style="display:none"&gt;</c>, which the Content-Security-Policy (style-src 'self') would block and report.
/// </summary>
/// <remarks>The hidden item is a placeholder for client-side validation, which Sakip does not use; site.css hides the empty summary.</remarks>
public sealed class PolicyHtmlGenerator(
    IAntiforgery antiforgery, IOptions<MvcViewOptions> options, IModelMetadataProvider metadata, IUrlHelperFactory urls,
    HtmlEncoder encoder, ValidationHtmlAttributeProvider validation)
    : DefaultHtmlGenerator(antiforgery, options, metadata, urls, encoder, validation)
{
    const string ValidClass = "validation-summary-valid";

    public override TagBuilder? GenerateValidationSummary(ViewContext viewContext, bool excludePropertyErrors, string? message, string? headerTag, object? htmlAttributes)
    {
        var summary = base.GenerateValidationSummary(viewContext, excludePropertyErrors, message, headerTag, htmlAttributes);
        if (summary is null || message is not null || !summary.Attributes.TryGetValue("class", out var classes) || classes?.Split(' ').Contains(ValidClass) != true)
        {
            return summary;
        }
        // Nothing to show: the same element, with an empty list instead of the styled placeholder item.
        var empty = new TagBuilder(summary.TagName);
        empty.MergeAttributes(summary.Attributes);
        empty.InnerHtml.AppendHtml("<ul></ul>");
        return empty;
    }
}
