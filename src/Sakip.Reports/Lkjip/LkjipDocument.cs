using Sakip.Core;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Lkjip;

/// <summary>The LKjIP of a unit and year (PermenPAN-RB 53/2014), built from a <see cref="Dataset"/>.</summary>
public static class LkjipDocument
{
    public static ReportDocument Build(Dataset data, string unit, int year) =>
        throw new NotImplementedException("Issue #8: the LKjIP is being written.");
}
