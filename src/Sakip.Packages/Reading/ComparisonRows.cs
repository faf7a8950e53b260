using Sakip.Core.Fields;
using Sakip.Core.Measurement;

namespace Sakip.Packages.Reading;

/// <summary>pembanding.csv rows.</summary>
static class ComparisonRows
{
    public static ComparisonValue Map(RowReader r) =>
        r.Checked(new ComparisonValue(
            r.RequiredText("indikator"),
            r.Year("tahun") ?? 0,
            r.RequiredNumber("nilai") ?? 0,
            r.RequiredText("sumber"))
        { Origin = r.Origin }, RecordRules.Comparison);
}
