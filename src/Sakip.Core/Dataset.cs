using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Evaluation;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Reporting;
using Sakip.Core.Scales;

namespace Sakip.Core;

/// <summary>
/// Everything a data package holds, as validated domain records: the input of every rule.
/// References between records are by code, as in the package.
/// </summary>
public sealed record Dataset
{
    public IReadOnlyList<Unit> Units { get; init; } = [];
    public IReadOnlyList<PlanElement> PlanElements { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public IReadOnlyList<Target> Targets { get; init; } = [];
    public IReadOnlyList<Realisation> Realisations { get; init; } = [];
    public IReadOnlyList<RatioComponent> Components { get; init; } = [];
    public IReadOnlyList<BudgetLine> BudgetLines { get; init; } = [];
    public IReadOnlyList<EvaluationScore> Evaluations { get; init; } = [];
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    /// <summary>The Perjanjian Kinerja in force per unit and year (pk.csv) and its programs (pk_program.csv).</summary>
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];
    public IReadOnlyList<AgreementProgram> AgreementPrograms { get; init; } = [];

    /// <summary>The report's own content: narrative sections, staff, facilities and comparison values (all optional files).</summary>
    public IReadOnlyList<Narrative> Narratives { get; init; } = [];
    public IReadOnlyList<StaffCount> Staff { get; init; } = [];
    public IReadOnlyList<Facility> Facilities { get; init; } = [];
    public IReadOnlyList<ComparisonValue> Comparisons { get; init; } = [];

    /// <summary>The evaluation side beyond the LHE scores: LKE answers, SKM results and responses, other assessments,
    /// named unit groups and indicators whose realisasi comes from a recap (all optional files).</summary>
    public IReadOnlyList<LkeAnswerRecord> LkeAnswers { get; init; } = [];
    public IReadOnlyList<SkmResult> SkmResults { get; init; } = [];
    public IReadOnlyList<SkmResponse> SkmResponses { get; init; } = [];
    public IReadOnlyList<Assessment> Assessments { get; init; } = [];
    public IReadOnlyList<UnitGroup> UnitGroups { get; init; } = [];
    public IReadOnlyList<RecapIndicator> RecapIndicators { get; init; } = [];

    /// <summary>The package's own scales (skala.csv); the built-in ones are not listed here.</summary>
    public IReadOnlyList<Scale> Scales { get; init; } = [];

    public static Dataset Empty { get; } = new();

    public ScaleSet ScaleSet() => new(Scales);

    /// <summary>
    /// The same records without their <see cref="Origin"/>, to compare data that came from different sources
    /// (a CSV folder, a workbook, the database) on what it says rather than where it was read.
    /// </summary>
    public Dataset WithoutOrigins() => this with
    {
        Units = [.. Units.Select(x => x with { Origin = null })],
        PlanElements = [.. PlanElements.Select(x => x with { Origin = null })],
        Indicators = [.. Indicators.Select(x => x with { Origin = null })],
        Targets = [.. Targets.Select(x => x with { Origin = null })],
        Realisations = [.. Realisations.Select(x => x with { Origin = null })],
        Components = [.. Components.Select(x => x with { Origin = null })],
        BudgetLines = [.. BudgetLines.Select(x => x with { Origin = null })],
        Evaluations = [.. Evaluations.Select(x => x with { Origin = null })],
        Recommendations = [.. Recommendations.Select(x => x with { Origin = null })],
        Agreements = [.. Agreements.Select(x => x with { Origin = null })],
        AgreementPrograms = [.. AgreementPrograms.Select(x => x with { Origin = null })],
        Narratives = [.. Narratives.Select(x => x with { Origin = null })],
        Staff = [.. Staff.Select(x => x with { Origin = null })],
        Facilities = [.. Facilities.Select(x => x with { Origin = null })],
        Comparisons = [.. Comparisons.Select(x => x with { Origin = null })],
        LkeAnswers = [.. LkeAnswers.Select(x => x with { Origin = null })],
        SkmResults = [.. SkmResults.Select(x => x with { Origin = null })],
        SkmResponses = [.. SkmResponses.Select(x => x with { Origin = null })],
        Assessments = [.. Assessments.Select(x => x with { Origin = null })],
        UnitGroups = [.. UnitGroups.Select(x => x with { Origin = null })],
        RecapIndicators = [.. RecapIndicators.Select(x => x with { Origin = null })],
    };

    /// <summary>Two datasets are equal when every list holds equal records in the same order.</summary>
    public bool Equals(Dataset? other) =>
        other is not null
        && Units.SequenceEqual(other.Units)
        && PlanElements.SequenceEqual(other.PlanElements)
        && Indicators.SequenceEqual(other.Indicators)
        && Targets.SequenceEqual(other.Targets)
        && Realisations.SequenceEqual(other.Realisations)
        && Components.SequenceEqual(other.Components)
        && BudgetLines.SequenceEqual(other.BudgetLines)
        && Evaluations.SequenceEqual(other.Evaluations)
        && Recommendations.SequenceEqual(other.Recommendations)
        && Agreements.SequenceEqual(other.Agreements)
        && AgreementPrograms.SequenceEqual(other.AgreementPrograms)
        && Narratives.SequenceEqual(other.Narratives)
        && Staff.SequenceEqual(other.Staff)
        && Facilities.SequenceEqual(other.Facilities)
        && Comparisons.SequenceEqual(other.Comparisons)
        && LkeAnswers.SequenceEqual(other.LkeAnswers)
        && SkmResults.SequenceEqual(other.SkmResults)
        && SkmResponses.SequenceEqual(other.SkmResponses)
        && Assessments.SequenceEqual(other.Assessments)
        && UnitGroups.SequenceEqual(other.UnitGroups)
        && RecapIndicators.SequenceEqual(other.RecapIndicators)
        && Scales.Select(s => (s.Name, Bands: string.Join("|", s.Bands)))
            .SequenceEqual(other.Scales.Select(s => (s.Name, Bands: string.Join("|", s.Bands))));

    public override int GetHashCode() => HashCode.Combine(Units.Count, Indicators.Count, Targets.Count, Realisations.Count);
}
