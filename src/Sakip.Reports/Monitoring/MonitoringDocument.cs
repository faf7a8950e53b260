using Sakip.Core;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Monitoring;

/// <summary>The quarterly monitoring report (monev) of a unit: targets, realisasi, capaian, deviations, budget absorption.</summary>
public static class MonitoringDocument
{
    /// <param name="quarter">1–4: up to and including that quarter.</param>
    public static ReportDocument Build(Dataset data, string unit, int year, int quarter) =>
        throw new NotImplementedException("Issue #8: the monitoring report is being written.");
}
