namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>A Perjanjian Kinerja as entered, before it is checked and stored as a new version.</summary>
/// <param name="Confirmed">The user saw the warnings (e.g. a signing date outside the year) and saves anyway.</param>
public sealed record AgreementDraft(
    AgreementView.Party First, AgreementView.Party Second, DateOnly? SignedOn, string? Reason,
    IReadOnlyList<AgreementDraft.TargetValue> Targets, IReadOnlyList<AgreementView.ProgramRow> Programs, bool Confirmed = false)
{
    public sealed record TargetValue(string IndicatorCode, decimal? Value, string? Text);
}
