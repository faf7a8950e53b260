namespace Sakip.Core.Agreements;

/// <summary>
/// The Perjanjian Kinerja in force for a unit and year (pk.csv): who agrees with whom, where and when. Its indicators
/// and targets are the unit's <c>pk</c> targets of that year; its programs are <see cref="AgreementProgram"/> rows.
/// </summary>
/// <param name="Version">1 for the first agreement of the year; a revision (new official, changed budget) counts up.</param>
public sealed record Agreement(
    string Unit,
    int Year,
    Party FirstParty,
    Party SecondParty,
    DateOnly? SignedOn = null,
    string? Place = null,
    int Version = 1)
{
    public Origin? Origin { get; init; }
}
