using Sakip.Core.Evaluation.Lke;

namespace Sakip.Reports.Evaluation;

/// <summary>A recommendation as the LHE prints it.</summary>
/// <param name="Component">The component it concerns, or null for a general one.</param>
public sealed record LheRecommendation(string Number, string? Component, string Text);

/// <summary>
/// What the LHE of one unit and year prints: its number and date, the template and the scored nilai penetapan, the
/// previous year's scores by component name (and the final under <see cref="FinalKey"/>) when they exist, the narrative,
/// the recommendations and the signer.
/// </summary>
public sealed record LheContent(
    string UnitName, int Year, string? Number, DateOnly? Date, LkeTemplate Template, LkeScore Score,
    IReadOnlyDictionary<string, decimal?> Previous, string? Narrative, IReadOnlyList<LheRecommendation> Recommendations,
    string? SignerName, string? SignerPosition, string? SignerNip)
{
    /// <summary>The key of the previous year's final score in <see cref="Previous"/>.</summary>
    public const string FinalKey = "";
}
