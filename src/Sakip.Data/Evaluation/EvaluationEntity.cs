namespace Sakip.Data.Evaluation;

/// <summary>
/// The SAKIP evaluation of a unit and year (the year of the performance evaluated): its LKE worksheet with the template
/// version it was made with and, once final, its LHE. Finalising writes the component and final scores to
/// <see cref="EvaluationScoreEntity"/> and the recommendations to <see cref="RecommendationEntity"/>, which every
/// report and recap reads.
/// </summary>
public sealed class EvaluationEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public int TemplateId { get; set; }
    public EvaluationStatus Status { get; set; }

    /// <summary>LHE number, e.g. <c>700/2753/Itprov-II</c>.</summary>
    public string? LheNumber { get; set; }
    public DateOnly? LheDate { get; set; }

    /// <summary>The LHE's narrative (general findings), one paragraph per line.</summary>
    public string? Narrative { get; set; }

    /// <summary>Who signs the LHE (the Inspektur), as printed.</summary>
    public string? SignerName { get; set; }
    public string? SignerPosition { get; set; }
    public string? SignerNip { get; set; }

    public DateTimeOffset? FinalisedAt { get; set; }
    public string? FinalisedBy { get; set; }

    /// <summary>Goes up by one on every change; an edit made from an older version is refused.</summary>
    public int Version { get; set; } = 1;
    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
