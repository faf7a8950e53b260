using Sakip.Core.Measurement;

namespace Sakip.Core.Workflow.Quality;

/// <summary>What the checks need of one indicator's realisation in the submitted period.</summary>
/// <param name="HasTarget">A target is set for the period (the quarter's Rencana Aksi target; the PK target for the year).</param>
/// <param name="HasRealisation">A realisation (a value or a text) is entered for the period.</param>
/// <param name="History">The realisations of the same period in the three years before, oldest first.</param>
public sealed record RealisationFacts(
    QualityIndicator Indicator,
    Period Period,
    bool HasTarget,
    bool HasRealisation,
    decimal? Value,
    decimal? Numerator,
    decimal? Denominator,
    bool HasEvidence,
    IReadOnlyList<YearValue> History);
