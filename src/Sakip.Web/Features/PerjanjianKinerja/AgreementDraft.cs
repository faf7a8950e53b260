namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>A Perjanjian Kinerja as entered, before it is checked and stored as a new version.</summary>
public sealed record AgreementDraft(
    AgreementView.Party First, AgreementView.Party Second, DateOnly? SignedOn, string? Reason,
    IReadOnlyList<AgreementDraft.TargetValue> Targets, IReadOnlyList<AgreementView.ProgramRow> Programs)
{
    public sealed record TargetValue(string IndicatorCode, decimal? Value, string? Text);
}
