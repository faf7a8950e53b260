using System.Globalization;
using Sakip.Core.Explaining;

namespace Sakip.Core.Review;

/// <summary>A printed value that disagrees with its recomputation.</summary>
/// <param name="File">The package file, e.g. <c>realisasi.csv</c>.</param>
/// <param name="Line">The line in that file (header = 1); 0 when the record has no origin.</param>
/// <param name="Key">The record's key, e.g. <c>KERJASAMA / 2021 / tw4</c>.</param>
/// <param name="Column">The column holding the printed value.</param>
/// <param name="Printed">The value as printed.</param>
/// <param name="Computed">The recomputed value at the printed precision; null when the rules compute none.</param>
/// <param name="Difference">Computed − printed, when both are numbers.</param>
/// <param name="Figure">What was recomputed, e.g. <c>Capaian</c>.</param>
/// <param name="Computation">How the computed value was obtained, or why none was.</param>
/// <param name="Basis">What the computation rests on, e.g. <c>Target Triwulan IV 2021</c>.</param>
public sealed record Disagreement(
    string File,
    int Line,
    string Key,
    string Column,
    string Printed,
    string? Computed,
    decimal? Difference,
    string Figure,
    Explained<decimal?> Computation,
    string? Basis = null)
{
    /// <summary>The explanation for people, e.g. <c>Target Triwulan IV 2021; Capaian = 100,00 / 45 × 100 = 222,22 %</c>.</summary>
    public string Describe(CultureInfo culture, string unit = "")
    {
        var sentence = ExplanationText.Sentence(Figure, Computation, culture, unit);
        return Basis is null ? sentence : $"{Basis}; {sentence}";
    }
}
