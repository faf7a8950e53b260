using Microsoft.EntityFrameworkCore;
using Sakip.Core.Agreements;
using Sakip.Core.Measurement;
using Sakip.Data.Agreements;

namespace Sakip.Data.Exchange;

/// <summary>The Perjanjian Kinerja step: run after the targets and the budget, whose rows a PK refers to.</summary>
sealed partial class ImportSteps
{
    /// <summary>Why a version was created by an import, shown in the PK's version list.</summary>
    public const string ImportedRevisionReason = "Revisi dari impor paket data";

    /// <remarks>
    /// A PK is never overwritten: when the package's differs from the current version of its unit and year (parties,
    /// place, date, programs, or the unit's pk targets of that year, which are its target list), it becomes a new
    /// current version and the earlier one is kept. The same content changes nothing. The package's version number is
    /// kept when it is above every stored one, so a PK exported from another installation keeps its number.
    /// </remarks>
    public async Task<ImportCount> AgreementsAsync(IReadOnlyList<Agreement> records, IReadOnlyList<AgreementProgram> programs, CancellationToken ct)
    {
        var unitIds = records.Select(r => units[r.Unit].Id).ToHashSet();
        var years = records.Select(r => r.Year).ToHashSet();
        var stored = await db.Agreements.Where(a => unitIds.Contains(a.UnitId) && years.Contains(a.Year)).ToListAsync(ct);
        var currentIds = stored.Where(a => a.IsCurrent).Select(a => a.Id).ToList();
        var storedTargets = (await db.Set<AgreementTargetEntity>().Where(t => currentIds.Contains(t.AgreementId)).ToListAsync(ct)).ToLookup(t => t.AgreementId);
        var storedPrograms = (await db.Set<AgreementProgramEntity>().Where(p => currentIds.Contains(p.AgreementId)).OrderBy(p => p.Id).ToListAsync(ct))
            .ToLookup(p => p.AgreementId);
        var targets = (await db.Targets.AsNoTracking()
            .Where(t => t.Kind == TargetKind.Agreement && years.Contains(t.Year) && (t.Value != null || t.Text != null) && unitIds.Contains(t.Indicator.PlanElement.UnitId))
            .OrderBy(t => t.IndicatorId).Select(t => new { t.Indicator.PlanElement.UnitId, t.Year, t.IndicatorId, t.Value, t.Max, t.Text }).ToListAsync(ct))
            .ToLookup(t => (t.UnitId, t.Year));
        var budget = await db.BudgetLines.AsNoTracking().Where(b => unitIds.Contains(b.UnitId) && years.Contains(b.Year))
            .ToDictionaryAsync(b => (b.UnitId, b.Year, b.Code), b => b.Id, ct);
        var programsOf = programs.ToLookup(p => (units[p.Unit].Id, p.Year));

        var (added, changed) = (0, 0);
        foreach (var record in records)
        {
            var unitId = units[record.Unit].Id;
            var wanted = Agreement(record, unitId);
            wanted.Targets = [.. targets[(unitId, record.Year)].Select(t => new AgreementTargetEntity { IndicatorId = t.IndicatorId, Value = t.Value, Max = t.Max, Text = t.Text })];
            wanted.Programs = [.. programsOf[(unitId, record.Year)].Select(p => new AgreementProgramEntity
            {
                Name = p.Name,
                Amount = p.Amount,
                BudgetLineId = p.BudgetLine is { } code && budget.TryGetValue((unitId, record.Year, code), out var id) ? id : null,
            })];
            var ofYear = stored.Where(a => a.UnitId == unitId && a.Year == record.Year).ToList();
            var current = ofYear.FirstOrDefault(a => a.IsCurrent);
            if (current is not null && AgreementContent.Same(current, storedTargets[current.Id], storedPrograms[current.Id], wanted))
            {
                continue;
            }
            if (current is not null)
            {
                current.IsCurrent = false;
                wanted.Reason = ImportedRevisionReason;
                changed++;
            }
            else
            {
                added++;
            }
            wanted.Version = Math.Max(ofYear.Select(a => a.Version).DefaultIfEmpty(0).Max() + 1, record.Version);
            stored.Add(wanted);
            db.Agreements.Add(wanted);
        }
        await db.SaveChangesAsync(ct);
        return new ImportCount("pk.csv", added, changed, records.Count - added - changed);
    }

    AgreementEntity Agreement(Agreement record, int unitId) => new()
    {
        UnitId = unitId,
        Year = record.Year,
        IsCurrent = true,
        FirstPartyName = record.FirstParty.Name,
        FirstPartyNip = record.FirstParty.Nip,
        FirstPartyPosition = record.FirstParty.Position,
        FirstPartyActing = record.FirstParty.Acting,
        SecondPartyName = record.SecondParty.Name,
        SecondPartyNip = record.SecondParty.Nip,
        SecondPartyPosition = record.SecondParty.Position,
        SecondPartyActing = record.SecondParty.Acting,
        SignedOn = record.SignedOn,
        Place = record.Place,
        CreatedAt = now,
        CreatedBy = user,
    };
}
