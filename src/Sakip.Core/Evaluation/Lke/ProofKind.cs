namespace Sakip.Core.Evaluation.Lke;

/// <summary>
/// Proof that Sakip itself holds for a criterion (the worksheet shows it and proposes an answer). Stored by name in
/// templates (<c>sumber_bukti</c>), so names are part of the template format.
/// </summary>
public enum ProofKind
{
    /// <summary>No proof Sakip can show; the evaluator looks at the uploaded evidence.</summary>
    None,

    /// <summary>A Renstra (tujuan and sasaran with indicators) whose period covers the year.</summary>
    Renstra,

    /// <summary>Annual targets of the year for the unit's indicators.</summary>
    AnnualTargets,

    /// <summary>Budget lines of the year linked to sasaran or indicators.</summary>
    Budget,

    /// <summary>IKU of the unit, each with a formula (definisi operasional).</summary>
    IkuWithFormula,

    /// <summary>A Perjanjian Kinerja of the year with its signing date.</summary>
    SignedAgreement,

    /// <summary>A Perjanjian Kinerja for every unit below the unit (cascading to each work unit).</summary>
    SubUnitAgreements,

    /// <summary>Quarterly realisations entered for the quarters of the year.</summary>
    QuarterlyRealisation,

    /// <summary>Realisations of the year approved by a verifier.</summary>
    ApprovedRealisation,

    /// <summary>An LKjIP of the year generated and published.</summary>
    PublishedReport,

    /// <summary>Recommendations of the previous evaluation followed up.</summary>
    FollowUpDone,
}
