using Microsoft.EntityFrameworkCore;
using Sakip.Core.Planning;
using Sakip.Data;
using Sakip.Data.Organisation;
using Sakip.Web.Infrastructure;

namespace Sakip.Web.Features.PerjanjianKinerja;

/// <summary>
/// The PK cascade (design.md: "cascaded down to eselon III/IV"): the PK of a unit is followed by the PKs of the units
/// below it, whose pihak kedua is the pihak pertama of the PK above. Reads for the overview and the form.
/// </summary>
public static class AgreementCascade
{
    /// <summary>The current PK of each of these units for the year, by unit id, in one query.</summary>
    public static async Task<Dictionary<int, CurrentSummary>> CurrentOfAsync(SakipDb db, IReadOnlyList<int> unitIds, int year, CancellationToken ct) =>
        await db.Agreements.AsNoTracking().Where(a => unitIds.Contains(a.UnitId) && a.Year == year && a.IsCurrent)
            .Select(a => new CurrentSummary(a.UnitId, a.Version, a.SignedOn, a.FirstPartyName, a.FirstPartyActing, a.Targets.Count))
            .ToDictionaryAsync(a => a.UnitId, ct);

    /// <summary>
    /// For each child unit, the plan elements of the parent unit that its indicators serve: from the element an indicator
    /// measures, up the plan tree (<see cref="Data.Planning.PlanElementEntity.ParentId"/>) through the child's own elements
    /// to the first element of the parent unit. Two queries for all children together.
    /// </summary>
    public static async Task<ILookup<int, Supported>> SupportedAsync(SakipDb db, int parentUnitId, IReadOnlyList<int> childIds, CancellationToken ct)
    {
        var measured = (await db.Indicators.AsNoTracking().Where(i => childIds.Contains(i.PlanElement.UnitId))
            .Select(i => i.PlanElementId).Distinct().ToListAsync(ct)).ToHashSet();
        var nodes = await db.PlanElements.AsNoTracking().Where(p => p.UnitId == parentUnitId || childIds.Contains(p.UnitId))
            .Select(p => new PlanNode(p.Id, p.UnitId, p.ParentId, p.Code, p.Kind, p.Statement)).ToDictionaryAsync(p => p.Id, ct);
        return nodes.Values.Where(n => measured.Contains(n.Id))
            .Select(n => (Child: n.UnitId, Served: ServedBy(n, parentUnitId, nodes))).Where(s => s.Served is not null).Distinct()
            .OrderBy(s => s.Served!.Id)
            .ToLookup(s => s.Child, s => new Supported(s.Served!.Code, s.Served.Kind, s.Served.Statement));
    }

    /// <summary>
    /// The pihak pertama of the parent unit's current PK for the year, which a first PK of the unit proposes as pihak kedua.
    /// </summary>
    /// <remarks>
    /// Read whether or not the parent lies in the caller's scope: a Biro's planner drafts a PK that the head of the unit
    /// above signs, so that official's name, NIP and post belong on the Biro's own document. Nothing else of the
    /// parent's PK is read.
    /// </remarks>
    public static async Task<ParentParty?> ParentPartyAsync(SakipDb db, UnitRef unit, int year, CancellationToken ct)
    {
        // The path runs from the top unit down to this one: the id before the last is the parent; a top unit has none.
        if (UnitPaths.Ids(unit.Path).SkipLast(1).LastOrDefault() is not (> 0 and var parentId))
        {
            return null;
        }
        var found = await (from a in db.Agreements.AsNoTracking()
                           join u in db.Units.AsNoTracking() on a.UnitId equals u.Id
                           where a.UnitId == parentId && a.Year == year && a.IsCurrent
                           select new { u.Name, u.ShortName, a.FirstPartyName, a.FirstPartyNip, a.FirstPartyPosition, a.FirstPartyActing }).FirstOrDefaultAsync(ct);
        return found is null ? null : new ParentParty(Core.Organisation.Unit.DisplayNameOf(found.Name, found.ShortName), year,
            new AgreementView.Party(found.FirstPartyName, found.FirstPartyNip, found.FirstPartyPosition, found.FirstPartyActing));
    }

    /// <remarks>The walk stays inside the child's own elements; a parent cycle (which validation rejects) ends it rather than looping.</remarks>
    static PlanNode? ServedBy(PlanNode start, int parentUnitId, Dictionary<int, PlanNode> nodes)
    {
        var seen = new HashSet<int> { start.Id };
        var node = start;
        while (node.ParentId is { } id && seen.Add(id) && nodes.TryGetValue(id, out var up))
        {
            if (up.UnitId == parentUnitId)
            {
                return up;
            }
            if (up.UnitId != start.UnitId)
            {
                return null;
            }
            node = up;
        }
        return null;
    }

    sealed record PlanNode(int Id, int UnitId, int? ParentId, string Code, PlanElementKind Kind, string Statement);

    /// <param name="Targets">How many indicator targets the PK agrees.</param>
    public sealed record CurrentSummary(int UnitId, int Version, DateOnly? SignedOn, string FirstParty, Core.Agreements.ActingKind Acting, int Targets);

    /// <summary>A plan element of the parent unit (a sasaran, or a tujuan when the child's sasaran sits under it) that a child serves.</summary>
    public sealed record Supported(string Code, PlanElementKind Kind, string Statement);

    /// <param name="Unit">The parent unit's short name (else its name), as the form names it.</param>
    public sealed record ParentParty(string Unit, int Year, AgreementView.Party First);
}
