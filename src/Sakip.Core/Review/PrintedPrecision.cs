using System.Globalization;

namespace Sakip.Core.Review;

/// <summary>Compares a printed number with recomputations at the precision it is printed with.</summary>
/// <remarks>
/// Spec "Review": a printed value agrees when it equals a recomputation rounded half away from zero to the number
/// of decimals it is printed with (its <see cref="decimal.Scale"/>: 74.505 is compared at 3 decimals, 98.29 at 2).
/// The printed value itself is never rounded again.
/// </remarks>
public static class PrintedPrecision
{
    public static decimal AtPrecisionOf(decimal printed, decimal computed) =>
        Math.Round(computed, printed.Scale, MidpointRounding.AwayFromZero);

    public static bool Agrees(decimal printed, params decimal?[] recomputations) =>
        recomputations.Any(c => c is { } v && AtPrecisionOf(printed, v) == printed);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A disagreement's computed text and difference, from the first recomputation that exists.</summary>
    public static (string? Computed, decimal? Difference) Compare(decimal printed, params decimal?[] recomputations) =>
        recomputations.FirstOrDefault(c => c is not null) is { } first
            ? (Text(AtPrecisionOf(printed, first)), Explaining.Explained.Checked(() => AtPrecisionOf(printed, first) - printed))
            : (null, null);
}
