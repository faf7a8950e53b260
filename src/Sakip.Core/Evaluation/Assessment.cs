namespace Sakip.Core.Evaluation;

/// <summary>
/// The result of another national assessment of a unit and year that a coordinator records (penilaian.csv), e.g.
/// Indeks Kelembagaan, maturitas SPIP, tingkat kematangan UKPBJ, Indeks RB.
/// </summary>
/// <param name="Kind">The assessment, as a code (<c>indeks_kelembagaan</c>); <see cref="AssessmentKinds"/> names the known ones.</param>
/// <param name="Value">The score or level as a number, or null when only a label is given.</param>
/// <param name="Label">The result as printed (<c>Level 3</c>, <c>B</c>, <c>Terdefinisi</c>), or null.</param>
/// <param name="Source">Where it comes from (the assessing body and document).</param>
public sealed record Assessment(string Unit, int Year, string Kind, decimal? Value, string? Label, string? Source)
{
    public Origin? Origin { get; init; }
}
