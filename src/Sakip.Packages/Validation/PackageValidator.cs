using Sakip.Core;
using Sakip.Core.Planning;
using Sakip.Core.Problems;

namespace Sakip.Packages.Validation;

/// <summary>Checks across files: unique codes, known references, the shape of the plan and budget trees.</summary>
static class PackageValidator
{
    public static void Validate(Dataset data, List<Problem> problems, RejectedRows? rejected = null)
    {
        rejected ??= RejectedRows.None;
        var units = Codes(data.Units.Concat(rejected.Units).Select(u => u.Code));
        var plan = Codes(data.PlanElements.Concat(rejected.PlanElements).Select(p => p.Code));
        var indicators = Codes(data.Indicators.Concat(rejected.Indicators).Select(i => i.Code));
        var budget = Codes(data.BudgetLines.Concat(rejected.BudgetLines).Select(l => l.Code));

        Located.Duplicates(data.Units, u => u.Code, u => u.Origin, "kode", k => $"kode instansi \"{k}\"", problems);
        Located.References(data.Units, u => u.Parent, units, u => u.Origin, "induk", "instansi induk", problems);
        Located.Cycles(data.Units, u => u.Code, u => u.Parent, u => u.Origin, problems);

        Located.Duplicates(data.PlanElements, p => p.Code, p => p.Origin, "kode", k => $"kode rencana \"{k}\"", problems);
        Located.References(data.PlanElements, p => p.Unit, units, p => p.Origin, "instansi", "instansi", problems);
        Located.References(data.PlanElements, p => p.Parent, plan, p => p.Origin, "induk", "rencana induk", problems);
        Located.Cycles(data.PlanElements, p => p.Code, p => p.Parent, p => p.Origin, problems);
        PlanShape(data, problems);

        Located.Duplicates(data.Indicators, i => i.Code, i => i.Origin, "kode", k => $"kode indikator \"{k}\"", problems);
        Located.References(data.Indicators, i => i.PlanElement, plan, i => i.Origin, "rencana", "rencana", problems);
        IndicatorTargets(data, problems);

        MeasurementChecks.Validate(data, indicators, problems);
        BudgetChecks.Validate(data, units, plan, indicators, budget, problems);
        EvaluationChecks.Validate(data, units, problems);
        AgreementChecks.Validate(data, units, budget, rejected, problems);
        ReportContentChecks.Validate(data, units, plan, indicators, problems);
        EvaluationWorkChecks.Validate(data, units, indicators, problems);
    }

    static HashSet<string> Codes(IEnumerable<string> codes) => new(codes, StringComparer.Ordinal);

    /// <summary>sasaran → tujuan → misi → visi: each element's parent must be of the kind above it.</summary>
    static void PlanShape(Dataset data, List<Problem> problems)
    {
        var byCode = new Dictionary<string, PlanElement>(data.PlanElements.Count, StringComparer.Ordinal);
        foreach (var element in data.PlanElements)
        {
            byCode.TryAdd(element.Code, element);
        }
        foreach (var element in data.PlanElements)
        {
            var expected = PlanElement.ExpectedParentKind(element.Kind);
            if (element.Parent is null || !byCode.TryGetValue(element.Parent, out var parent) || expected is null)
            {
                if (expected is null && element.Parent is not null)
                {
                    problems.Add(Located.At(element.Origin, "induk", "visi tidak boleh memiliki induk"));
                }
                continue;
            }
            if (parent.Kind != expected)
            {
                problems.Add(Located.At(element.Origin, "induk",
                    $"induk dari {Core.Codes.Of(element.Kind)} \"{element.Code}\" harus {Core.Codes.Of(expected.Value)}, bukan {Core.Codes.Of(parent.Kind)} \"{parent.Code}\""));
            }
        }
    }

    /// <summary>An indicator measures a tujuan or a sasaran, never a visi or misi.</summary>
    static void IndicatorTargets(Dataset data, List<Problem> problems)
    {
        var kinds = new Dictionary<string, PlanElementKind>(data.PlanElements.Count, StringComparer.Ordinal);
        foreach (var element in data.PlanElements)
        {
            kinds.TryAdd(element.Code, element.Kind);
        }
        foreach (var indicator in data.Indicators)
        {
            if (kinds.TryGetValue(indicator.PlanElement, out var kind) && kind is not (PlanElementKind.Goal or PlanElementKind.Objective))
            {
                problems.Add(Located.At(indicator.Origin, "rencana",
                    $"indikator harus mengukur tujuan atau sasaran, bukan {Core.Codes.Of(kind)} \"{indicator.PlanElement}\""));
            }
        }
    }
}
