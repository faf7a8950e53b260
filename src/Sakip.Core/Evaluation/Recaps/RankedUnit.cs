using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation.Recaps;

/// <summary>One row of a year's evaluation recap: the unit's place, final score, grade and change from the year before.</summary>
/// <param name="Rank">1 for the highest score; equal scores share a rank (1, 2, 2, 4).</param>
/// <param name="PreviousScore">The unit's final score of the year before, or null when it had none.</param>
/// <param name="Change">Score minus the previous score, in points; no value when there is no previous score.</param>
public sealed record RankedUnit(int Rank, string Unit, decimal Score, Band? Grade, decimal? PreviousScore, Explained<decimal?> Change);
