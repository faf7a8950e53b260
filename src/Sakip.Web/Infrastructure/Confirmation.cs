using Microsoft.AspNetCore.Mvc.ModelBinding;
using Sakip.Core.Problems;

namespace Sakip.Web.Infrastructure;

/// <summary>
/// Warnings (possible but unlikely values) stop a save until the user confirms: a form with its "Simpan tetap" checkbox
/// (<c>Konfirmasi</c>), the API with the query parameter <c>?konfirmasi=ya</c>. Errors always stop it.
/// </summary>
public static class Confirmation
{
    public const string QueryParameter = "konfirmasi";

    /// <summary>True when the problems stop the save: any error, or any warning not confirmed.</summary>
    public static bool Blocks(IEnumerable<Problem> problems, bool confirmed) => problems.Any(p => p.IsError || !confirmed);

    /// <summary>True when the only problems are warnings, so the form should offer to save anyway.</summary>
    public static bool NeedsConfirmation(IReadOnlyCollection<Problem> problems) => problems.Count > 0 && problems.All(p => !p.IsError);

    /// <summary>
    /// Whether an API request confirmed its warnings: <c>?konfirmasi=ya</c> (or <c>true</c>, <c>1</c>). The endpoints take
    /// it as a query parameter of their own, so the OpenAPI document lists it.
    /// </summary>
    public static bool Confirmed(string? konfirmasi) => konfirmasi?.Trim().ToLowerInvariant() is "ya" or "true" or "1";

    /// <summary>Copies problems into a form's ModelState, warnings marked as such, each at the field <paramref name="fieldOf"/> names.</summary>
    public static void AddTo(ModelStateDictionary state, IEnumerable<Problem> problems, Func<string, string> fieldOf)
    {
        foreach (var problem in problems)
        {
            state.AddModelError(fieldOf(problem.Field), problem.IsError ? problem.Message : "Peringatan: " + problem.Message);
        }
    }

    /// <summary>The field errors of an API answer, warnings marked as such and how to confirm them.</summary>
    public static Dictionary<string, string[]> Errors(IEnumerable<Problem> problems) =>
        problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(Describe).ToArray());

    static string Describe(Problem problem) =>
        problem.IsError ? problem.Message : $"Peringatan: {problem.Message} Kirim ulang dengan ?{QueryParameter}=ya untuk tetap menyimpan.";
}
