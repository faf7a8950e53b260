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
    /// <summary>Faktor pendukung, penghambat and solusi (realisasi.csv optional columns); null when none was written.</summary>
    public RealisationAnalysis? Analysis { get; init; }

    /// <summary>Where the value stands in verification (realisasi.csv optional <c>status</c>); null when not recorded.</summary>
    public ApprovalStatus? Status { get; init; }

    public Origin? Origin { get; init; }
}
