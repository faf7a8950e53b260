using Sakip.Core;
using Sakip.Core.Agreements;
using Sakip.Core.Budget;
using Sakip.Core.Measurement;
using Sakip.Core.Organisation;
using Sakip.Core.Planning;
using Sakip.Core.Reporting;

namespace Sakip.Data.Tests.Exchange;

/// <summary>A generated province: a pemda and <c>units</c> perangkat daerah, each with its Renstra, five years of figures and its report content.</summary>
static class Province
{
    public static Dataset Build(int units)
    {
        var data = new List<Dataset>();
        for (var n = 1; n <= units; n++)
        {
            data.Add(Unit($"OPD{n}"));
        }
        return new Dataset
        {
            Units = [new Unit("PROV", "Pemerintah Provinsi", null, UnitKind.RegionalGovernment, null), .. data.SelectMany(d => d.Units)],
            PlanElements = [new PlanElement("PROV.V", "PROV", PlanElementKind.Vision, null, "Visi provinsi", 2019, 2023), .. data.SelectMany(d => d.PlanElements)],
            Indicators = [.. data.SelectMany(d => d.Indicators)],
            Targets = [.. data.SelectMany(d => d.Targets)],
            Realisations = [.. data.SelectMany(d => d.Realisations)],
            BudgetLines = [.. data.SelectMany(d => d.BudgetLines)],
            Agreements = [.. data.SelectMany(d => d.Agreements)],
            AgreementPrograms = [.. data.SelectMany(d => d.AgreementPrograms)],
            Narratives = [.. data.SelectMany(d => d.Narratives)],
            Staff = [.. data.SelectMany(d => d.Staff)],
            Facilities = [.. data.SelectMany(d => d.Facilities)],
            Comparisons = [.. data.SelectMany(d => d.Comparisons)],
        };
    }

    static Dataset Unit(string u)
    {
        string[] indicators = [$"{u}.I1", $"{u}.I2", $"{u}.I3"];
        int[] years = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
        return new Dataset
        {
            Units = [new Unit(u, $"Dinas {u}", "PROV", UnitKind.Agency, u)],
            PlanElements =
            [
                new PlanElement($"{u}.T", u, PlanElementKind.Goal, "PROV.V", "Tujuan", 2019, 2023),
                new PlanElement($"{u}.S", u, PlanElementKind.Objective, $"{u}.T", "Sasaran", 2019, 2023),
            ],
            Indicators = [.. indicators.Select(i => new Indicator(i, $"{u}.S", $"Indikator {i}"))],
            Targets =
            [
                .. indicators.SelectMany(i => new[] { 2019, 2020, 2021, 2022, 2023 }.Select(y => new Target(i, y, TargetKind.Renstra, 80m + y - 2019))),
                .. indicators.Select(i => new Target(i, 2021, TargetKind.Agreement, 82m)),
            ],
            Realisations = [.. indicators.SelectMany(i => years.Select(y => new Realisation(i, y, Period.Annual, 75m + y - 2015)))],
            BudgetLines = [new BudgetLine($"{u}.P1", u, 2021, BudgetLevel.Program, null, "Program", 1_000m, 800m) { Quarters = new(100m, 200m, 200m, 300m) }],
            Agreements = [new Agreement(u, 2021, new Party("Kepala", null, $"Kepala Dinas {u}"), new Party("Gubernur", null, "Gubernur"))],
            AgreementPrograms = [new AgreementProgram(u, 2021, "Program", 1_000m, $"{u}.P1")],
            Narratives =
            [
                new Narrative(u, 2020, NarrativeSection.Background, "Latar belakang 2020"),
                new Narrative(u, 2021, NarrativeSection.Background, "Latar belakang 2021"),
                new Narrative(u, 2021, NarrativeSection.ObjectiveAnalysis, "Analisis", $"{u}.S"),
            ],
            Staff = [new StaffCount(u, 2020, 10), new StaffCount(u, 2021, 11, "Pelaksana")],
            Facilities = [new Facility(u, 2021, "Gedung", 1m)],
            Comparisons = [.. indicators.Select(i => new ComparisonValue(i, 2021, 70m, "Nasional"))],
        };
    }
}
