using Sakip.Core;
using Sakip.Reports.Agreements;
using Sakip.Reports.Documents;
using Sakip.Reports.Lkjip;
using Sakip.Reports.Monitoring;

namespace Sakip.Reports;

/// <summary>The documents Sakip generates; the CLI and the web pick one by this.</summary>
public enum ReportKind
{
    /// <summary>Laporan Kinerja Instansi Pemerintah.</summary>
    Lkjip,

    /// <summary>Perjanjian Kinerja.</summary>
    Agreement,

    /// <summary>Laporan monitoring dan evaluasi triwulanan (monev).</summary>
    Monitoring,
}

public static class ReportKinds
{
    /// <summary>Builds the document of a unit and year; <paramref name="quarter"/> (1–4) is read by the monitoring report only.</summary>
    public static ReportDocument Build(this ReportKind kind, Dataset data, string unit, int year, int quarter = 4) => kind switch
    {
        ReportKind.Lkjip => LkjipDocument.Build(data, unit, year),
        ReportKind.Agreement => AgreementDocument.Build(data, unit, year),
        _ => MonitoringDocument.Build(data, unit, year, quarter),
    };

    /// <summary>What the document is called on screen and in messages.</summary>
    public static string Label(this ReportKind kind) => kind switch
    {
        ReportKind.Lkjip => "LKjIP",
        ReportKind.Agreement => "Perjanjian Kinerja",
        _ => "Laporan Monev Triwulan",
    };

    /// <summary>
    /// The units a document is worth generating for in a year: those with a sasaran or tujuan whose indicators have a
    /// target that year, a budget line that year, or a Perjanjian Kinerja. Units with nothing to report are left out of
    /// "every unit", not printed as empty documents.
    /// </summary>
    public static IReadOnlyList<string> UnitsWithData(Dataset data, int year)
    {
        var indicatorsWithTarget = data.Targets.Where(t => t.Year == year).Select(t => t.Indicator).ToHashSet(StringComparer.Ordinal);
        var elementsWithTarget = data.Indicators.Where(i => indicatorsWithTarget.Contains(i.Code)).Select(i => i.PlanElement).ToHashSet(StringComparer.Ordinal);
        var units = data.PlanElements.Where(e => elementsWithTarget.Contains(e.Code)).Select(e => e.Unit)
            .Concat(data.BudgetLines.Where(b => b.Year == year).Select(b => b.Unit))
            .Concat(data.Agreements.Where(a => a.Year == year).Select(a => a.Unit))
            .ToHashSet(StringComparer.Ordinal);
        return [.. data.Units.Select(u => u.Code).Where(units.Contains)];
    }
}
