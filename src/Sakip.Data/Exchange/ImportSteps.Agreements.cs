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
        var budget = await ProgramBudgetLinesAsync(programs, years, ct);
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
                BudgetLineId = budget.Of(unitId, record.Year, p.BudgetLine),
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

    /// <summary>
    /// The budget lines the programs name, resolved as the package check does: the PK unit's own line of that code and
    /// year, else the one line of that code in a unit below it (a Setda PK names its biro's programs).
    /// </summary>
    async Task<ProgramBudget> ProgramBudgetLinesAsync(IReadOnlyList<AgreementProgram> programs, HashSet<int> years, CancellationToken ct)
    {
        var codes = programs.Select(p => p.BudgetLine).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var lines = await db.BudgetLines.AsNoTracking().Where(b => years.Contains(b.Year) && codes.Contains(b.Code))
            .Select(b => new ProgramBudget.Line(b.Id, b.UnitId, b.Year, b.Code)).ToListAsync(ct);
        return new ProgramBudget(lines, units.Values.ToDictionary(u => u.Id, u => u.ParentId));
    }

    sealed class ProgramBudget(IReadOnlyList<ProgramBudget.Line> lines, Dictionary<int, int?> parents)
    {
        readonly ILookup<(int Year, string Code), Line> byCode = lines.ToLookup(l => (l.Year, l.Code));

        public int? Of(int unitId, int year, string? code)
        {
            if (code is null)
            {
                return null;
            }
            var candidates = byCode[(year, code)].ToList();
            if (candidates.FirstOrDefault(l => l.UnitId == unitId) is { } own)
            {
                return own.Id;
            }
            var below = candidates.Where(l => IsBelow(l.UnitId, unitId)).ToList();
            return below.Count == 1 ? below[0].Id : null;
        }

        bool IsBelow(int unitId, int ancestorId)
        {
            var seen = new HashSet<int>();
            for (var parent = parents.GetValueOrDefault(unitId); parent is { } id && seen.Add(id); parent = parents.GetValueOrDefault(id))
            {
                if (id == ancestorId)
                {
                    return true;
                }
            }
            return false;
        }

        public sealed record Line(int Id, int UnitId, int Year, string Code);
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
