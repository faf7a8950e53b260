using Sakip.Core.Agreements;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>One version of a Perjanjian Kinerja as pages show and print it.</summary>
public sealed record AgreementView(
    int Version, bool IsCurrent, AgreementView.Party First, AgreementView.Party Second, DateOnly? SignedOn, string? Reason,
    DateTimeOffset CreatedAt, string? CreatedBy, IReadOnlyList<AgreementView.TargetRow> Targets, IReadOnlyList<AgreementView.ProgramRow> Programs)
{
    public decimal Total => Programs.Sum(p => p.Amount);

    public sealed record Party(string Name, string? Nip, string Position, ActingKind Acting)
    {
        /// <summary>The position as signed: "Plt. Sekretaris Daerah" for an acting official.</summary>
        public string Title => Acting switch
        {
            ActingKind.Definitive => Position,
            ActingKind.Plt => "Plt. " + Position,
            ActingKind.Plh => "Plh. " + Position,
        };

        /// <summary>The NIP as printed on official documents: 19700101 199003 1 001.</summary>
        public string? NipPrinted => Nip is { Length: 18 } n ? $"{n[..8]} {n[8..14]} {n[14]} {n[15..]}" : Nip;
    }

    public sealed record TargetRow(string IndicatorCode, string Objective, string Indicator, string? Measure, decimal? Value, decimal? Max, string? Text);

    public sealed record ProgramRow(int? BudgetLineId, string Name, decimal Amount);

    public static string ActingLabel(ActingKind acting) => acting switch
    {
        ActingKind.Definitive => "Definitif",
        ActingKind.Plt => "Plt (pelaksana tugas)",
        ActingKind.Plh => "Plh (pelaksana harian)",
    };

    /// <summary>"Plt" or "Plh" beside an acting official's name in a list; nothing for the appointed holder.</summary>
    public static string? ActingShort(ActingKind acting) => acting switch
    {
        ActingKind.Definitive => null,
        ActingKind.Plt => "Plt",
        ActingKind.Plh => "Plh",
    };
}
