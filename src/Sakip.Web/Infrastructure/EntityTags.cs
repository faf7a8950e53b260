using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Sakip.Core.Problems;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// ETag and If-Match for the API: the tag of a record is its version (<c>"3"</c>), sent on reads and writes of one
/// record; a write with an If-Match that no longer matches answers 409 with the current values.
/// </summary>
public static class EntityTags
{
    /// <summary>Sets the ETag of the record answered.</summary>
    public static void Set(HttpContext http, int version) => http.Response.Headers.ETag = Of(version);

    public static string Of(int version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>
    /// The version the caller says it changes: If-Match, else the body's <c>versi</c>; null for no precondition
    /// (neither, or <c>*</c>). A tag that is not ours can match no version, so it answers -1.
    /// </summary>
    public static int? Expected(HttpContext http, int? bodyVersion)
    {
        var header = http.Request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0)
        {
            return bodyVersion;
        }
        if (header == "*")
        {
            return null;
        }
        var tag = header.Split(',')[0].Trim();
        tag = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        return tag.Length > 2 && tag[0] == '"' && tag[^1] == '"'
            && int.TryParse(tag[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;
    }

    /// <summary>409 with the conflict message as problem details (<c>errors.versi</c>).</summary>
    public static Conflict<HttpValidationProblemDetails> Conflict(Problem problem, string? title = null) => Conflict([problem], title);

    /// <summary>409 with each message under its field (<c>versi</c> for a newer version, the input's field for a lock).</summary>
    public static Conflict<HttpValidationProblemDetails> Conflict(IReadOnlyList<Problem> problems, string? title = null) =>
        TypedResults.Conflict(new HttpValidationProblemDetails(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()))
        {
            Title = title ?? (problems.Any(p => p.Field == "versi") ? EditConflict.Title : "Data terkunci."),
            Detail = string.Join(" ", problems.Select(p => p.Message)),
            Status = StatusCodes.Status409Conflict,
        });
}
