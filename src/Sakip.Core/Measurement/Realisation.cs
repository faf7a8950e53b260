namespace Sakip.Core.Measurement;

/// <summary>A realised value of an indicator for a quarter or a year (realisasi.csv).</summary>
/// <param name="PrintedCapaian">
/// The capaian % as printed in an existing report; used by review only, never by computation.
/// Its <see cref="decimal.Scale"/> is the number of decimals it was printed with.
/// </param>
public sealed record Realisation(
    string Indicator,
    int Year,
    Period Period,
    decimal? Value,
    string? Text = null,
    decimal? PrintedCapaian = null,
    string? Note = null)
{
    public Origin? Origin { get; init; }
}
