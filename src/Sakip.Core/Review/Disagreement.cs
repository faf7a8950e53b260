namespace Sakip.Core.Review;

/// <summary>A printed value that disagrees with its recomputation.</summary>
/// <param name="File">The package file, e.g. <c>realisasi.csv</c>.</param>
/// <param name="Line">The line in that file (header = 1); 0 when the record has no origin.</param>
/// <param name="Key">The record's key, e.g. <c>KERJASAMA / 2021 / tw4</c>.</param>
/// <param name="Column">The column holding the printed value.</param>
/// <param name="Printed">The value as printed.</param>
/// <param name="Computed">The recomputed value at the printed precision; null when the rules compute none.</param>
/// <param name="Difference">Computed − printed, when both are numbers.</param>
/// <param name="Explanation">How the computed value was obtained, or why none was.</param>
public sealed record Disagreement(
    string File, int Line, string Key, string Column, string Printed, string? Computed, decimal? Difference, string Explanation);
