using Microsoft.EntityFrameworkCore;
using Sakip.Core.Workflow;
using Sakip.Data.Agreements;
using Sakip.Data.Evaluation;
using Sakip.Data.Measurement;
using Sakip.Data.Organisation;
using Sakip.Data.Planning;
using Sakip.Data.Reporting;
using Sakip.Data.Workflow;

namespace Sakip.Data.Audit;

/// <summary>
/// What each recorded row is about: the unit it belongs to (for searching by unit) and a readable line
/// ("Realisasi IKU-1 tw1 2021"). Rows that hang off an indicator, an agreement or a workflow item are traced in one
/// query per kind for the whole save.
/// </summary>
sealed class AuditSubjects
{
    /// <summary>Properties that name a record, in order of preference, for the summary line.</summary>
    static readonly string[] Names = ["Code", "Email", "FileName", "Name", "Label"];

    readonly Dictionary<int, (string Code, int UnitId)> indicators = [];
    readonly Dictionary<int, int> planElements = [];
    readonly Dictionary<int, int> targetIndicators = [];
    readonly Dictionary<int, int> realisationIndicators = [];
    readonly Dictionary<int, (int UnitId, int Year)> agreements = [];
    readonly Dictionary<int, (int UnitId, CycleObject Kind, int Year, Core.Measurement.Period Period)> items = [];
    readonly Dictionary<int, string> unitCodes = [];

    /// <summary>Loads what the rows point at: one query per kind of parent, only for kinds this save touched.</summary>
    public static async Task<AuditSubjects> LoadAsync(SakipDb db, IReadOnlyList<(Type Type, IReadOnlyDictionary<string, object?> Values)> rows, CancellationToken ct)
    {
        var subjects = new AuditSubjects();
        List<int> Ids(string property, params Type[] types) =>
            [.. rows.Where(r => types.Contains(r.Type) && r.Values.GetValueOrDefault(property) is int).Select(r => (int)r.Values[property]!).Distinct()];

        var targetIds = Ids(nameof(EvidenceFileEntity.TargetId), typeof(EvidenceFileEntity));
        foreach (var t in await db.Targets.AsNoTracking().Where(t => targetIds.Contains(t.Id)).Select(t => new { t.Id, t.IndicatorId }).ToListAsync(ct))
        {
            subjects.targetIndicators[t.Id] = t.IndicatorId;
        }
        var realisationIds = Ids(nameof(EvidenceFileEntity.RealisationId), typeof(EvidenceFileEntity));
        foreach (var r in await db.Realisations.AsNoTracking().Where(r => realisationIds.Contains(r.Id)).Select(r => new { r.Id, r.IndicatorId }).ToListAsync(ct))
        {
            subjects.realisationIndicators[r.Id] = r.IndicatorId;
        }
        var indicatorIds = Ids(nameof(TargetEntity.IndicatorId), typeof(TargetEntity), typeof(RealisationEntity), typeof(ComponentEntity),
                typeof(ComparisonValueEntity), typeof(AgreementTargetEntity), typeof(RecapIndicatorEntity))
            .Concat(Ids(nameof(IndicatorEntity.Id), typeof(IndicatorEntity)))
            .Concat(subjects.targetIndicators.Values).Concat(subjects.realisationIndicators.Values).Distinct().ToList();
        foreach (var i in await db.Indicators.AsNoTracking().Where(i => indicatorIds.Contains(i.Id)).Select(i => new { i.Id, i.Code, i.PlanElement.UnitId }).ToListAsync(ct))
        {
            subjects.indicators[i.Id] = (i.Code, i.UnitId);
        }
        // A deleted indicator is gone: its plan element tells its unit.
        var planIds = Ids(nameof(IndicatorEntity.PlanElementId), typeof(IndicatorEntity));
        foreach (var p in await db.PlanElements.AsNoTracking().Where(p => planIds.Contains(p.Id)).Select(p => new { p.Id, p.UnitId }).ToListAsync(ct))
        {
            subjects.planElements[p.Id] = p.UnitId;
        }
        var agreementIds = Ids(nameof(AgreementTargetEntity.AgreementId), typeof(AgreementTargetEntity), typeof(AgreementProgramEntity), typeof(EvidenceFileEntity));
        foreach (var a in await db.Agreements.AsNoTracking().Where(a => agreementIds.Contains(a.Id)).Select(a => new { a.Id, a.UnitId, a.Year }).ToListAsync(ct))
        {
            subjects.agreements[a.Id] = (a.UnitId, a.Year);
        }
        var itemIds = Ids(nameof(WorkflowStepEntity.ItemId), typeof(WorkflowStepEntity));
        foreach (var i in await db.WorkflowItems.AsNoTracking().Where(i => itemIds.Contains(i.Id)).Select(i => new { i.Id, i.UnitId, i.Kind, i.Year, i.Period }).ToListAsync(ct))
        {
            subjects.items[i.Id] = (i.UnitId, i.Kind, i.Year, i.Period);
        }
        var unitIds = Ids(nameof(WorkflowItemEntity.UnitId), typeof(WorkflowItemEntity), typeof(AgreementEntity), typeof(NarrativeEntity))
            .Concat(subjects.items.Values.Select(i => i.UnitId)).Concat(subjects.agreements.Values.Select(a => a.UnitId)).Distinct().ToList();
        foreach (var u in await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Code }).ToListAsync(ct))
        {
            subjects.unitCodes[u.Id] = u.Code;
        }
        return subjects;
    }

    /// <summary>The unit of a row: its own UnitId, or that of the indicator, plan element, agreement or workflow item it hangs off.</summary>
    public int? UnitOf(Type type, IReadOnlyDictionary<string, object?> values)
    {
        int? Int(string property) => values.GetValueOrDefault(property) as int?;
        if (type == typeof(UnitEntity))
        {
            return Int(nameof(UnitEntity.Id));
        }
        if (type == typeof(IndicatorEntity))
        {
            return Indicator(Int(nameof(IndicatorEntity.Id)))?.UnitId ?? (Int(nameof(IndicatorEntity.PlanElementId)) is { } p && planElements.TryGetValue(p, out var u) ? u : null);
        }
        if (type == typeof(WorkflowStepEntity))
        {
            return Int(nameof(WorkflowStepEntity.ItemId)) is { } item && items.TryGetValue(item, out var i) ? i.UnitId : null;
        }
        if (type == typeof(EvidenceFileEntity))
        {
            return IndicatorOfEvidence(values)?.UnitId ?? Agreement(Int(nameof(EvidenceFileEntity.AgreementId)))?.UnitId;
        }
        if (type == typeof(AgreementTargetEntity) || type == typeof(AgreementProgramEntity))
        {
            return Agreement(Int(nameof(AgreementTargetEntity.AgreementId)))?.UnitId;
        }
        return Int("UnitId") ?? Indicator(Int("IndicatorId"))?.UnitId;
    }

    /// <summary>"Realisasi IKU-1 tw1 2021": the label, what names the row, its kind and period, its year.</summary>
    public string Summary(Type type, IReadOnlyDictionary<string, object?> values, string? key)
    {
        var parts = new List<string> { AuditObjects.Labels.GetValueOrDefault(type) ?? type.Name };
        if (type == typeof(WorkflowStepEntity) && values.GetValueOrDefault(nameof(WorkflowStepEntity.ItemId)) is int itemId && items.TryGetValue(itemId, out var item))
        {
            parts.Add(CycleObjects.Name(item.Kind, item.Year, item.Period));
            parts.Add(unitCodes.GetValueOrDefault(item.UnitId) ?? "");
            return Join(parts);
        }
        if (type == typeof(WorkflowItemEntity) && values.GetValueOrDefault(nameof(WorkflowItemEntity.Kind)) is CycleObject kind)
        {
            parts.Add(CycleObjects.Name(kind, values[nameof(WorkflowItemEntity.Year)] as int? ?? 0, values[nameof(WorkflowItemEntity.Period)] as Core.Measurement.Period? ?? default));
            parts.Add(values.GetValueOrDefault(nameof(WorkflowItemEntity.UnitId)) is int unit ? unitCodes.GetValueOrDefault(unit) ?? "" : "");
            return Join(parts);
        }
        var name = Names.Select(n => values.GetValueOrDefault(n)).OfType<string>().FirstOrDefault();
        var indicator = Indicator(values.GetValueOrDefault("IndicatorId") as int?)?.Code
            ?? (type == typeof(EvidenceFileEntity) ? IndicatorOfEvidence(values)?.Code : null);
        parts.Add(name is { } n ? Clip(n) : indicator ?? (values.GetValueOrDefault("UnitId") is int u && unitCodes.TryGetValue(u, out var code) ? code : $"#{key}"));
        if (name is not null && indicator is not null)
        {
            parts.Add(indicator);
        }
        foreach (var property in new[] { "Kind", "Level", "Section", "Period" })
        {
            if (values.GetValueOrDefault(property) is Enum e)
            {
                parts.Add(AuditValues.Code(e));
            }
        }
        if (values.GetValueOrDefault("Year") is int year)
        {
            parts.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return Join(parts);
    }

    (string Code, int UnitId)? Indicator(int? id) => id is { } i && indicators.TryGetValue(i, out var found) ? found : null;

    (int UnitId, int Year)? Agreement(int? id) => id is { } a && agreements.TryGetValue(a, out var found) ? found : null;

    (string Code, int UnitId)? IndicatorOfEvidence(IReadOnlyDictionary<string, object?> values) =>
        values.GetValueOrDefault(nameof(EvidenceFileEntity.RealisationId)) is int r && realisationIndicators.TryGetValue(r, out var ri) ? Indicator(ri)
        : values.GetValueOrDefault(nameof(EvidenceFileEntity.TargetId)) is int t && targetIndicators.TryGetValue(t, out var ti) ? Indicator(ti)
        : null;

    static string Clip(string text) => text.Length <= 80 ? text : text[..77] + "…";

    static string Join(List<string> parts) => string.Join(' ', parts.Where(p => p.Length > 0));
}
