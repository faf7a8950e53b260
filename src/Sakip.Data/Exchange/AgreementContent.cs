using Sakip.Data.Agreements;

namespace Sakip.Data.Exchange;

/// <summary>Whether two versions of a PK say the same: the same parties, place and date, targets and programs.</summary>
static class AgreementContent
{
    public static bool Same(AgreementEntity stored, IEnumerable<AgreementTargetEntity> storedTargets, IEnumerable<AgreementProgramEntity> storedPrograms, AgreementEntity wanted) =>
        Parties(stored) == Parties(wanted)
        && (stored.SignedOn, stored.Place) == (wanted.SignedOn, wanted.Place)
        // The target list has no order of its own (the report orders by indicator); the programs are listed as agreed.
        && storedTargets.OrderBy(t => t.IndicatorId).Select(Target).SequenceEqual(wanted.Targets.OrderBy(t => t.IndicatorId).Select(Target))
        && storedPrograms.Select(Program).SequenceEqual(wanted.Programs.Select(Program));

    static (string, string?, string, Core.Agreements.ActingKind, string, string?, string, Core.Agreements.ActingKind) Parties(AgreementEntity a) =>
        (a.FirstPartyName, a.FirstPartyNip, a.FirstPartyPosition, a.FirstPartyActing, a.SecondPartyName, a.SecondPartyNip, a.SecondPartyPosition, a.SecondPartyActing);

    static (int, decimal?, decimal?, string?) Target(AgreementTargetEntity t) => (t.IndicatorId, t.Value, t.Max, t.Text);

    static (int?, string, decimal) Program(AgreementProgramEntity p) => (p.BudgetLineId, p.Name, p.Amount);
}
