using Sakip.Core.Agreements;
namespace Sakip.Data.Agreements;

/// <summary>
/// A Perjanjian Kinerja of a unit for a year between pihak pertama and pihak kedua. A revision (official or budget
/// changed) is a new row with the next <see cref="Version"/>; earlier versions are kept with their date and reason.
/// </summary>
public sealed class AgreementEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int Year { get; set; }
    public int Version { get; set; } = 1;
    public bool IsCurrent { get; set; } = true;
    public string FirstPartyName { get; set; } = "";
    public string? FirstPartyNip { get; set; }
    public string FirstPartyPosition { get; set; } = "";
    public ActingKind FirstPartyActing { get; set; }
    public string SecondPartyName { get; set; } = "";
    public string? SecondPartyNip { get; set; }
    public string SecondPartyPosition { get; set; } = "";
    public ActingKind SecondPartyActing { get; set; }
    public DateOnly? SignedOn { get; set; }

    /// <summary>Where it was signed, printed before the date ("Samarinda, 3 Februari 2021").</summary>
    public string? Place { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public List<AgreementTargetEntity> Targets { get; set; } = [];
    public List<AgreementProgramEntity> Programs { get; set; } = [];
}
