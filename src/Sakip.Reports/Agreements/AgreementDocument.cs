using Sakip.Core;
using Sakip.Reports.Documents;

namespace Sakip.Reports.Agreements;

/// <summary>The Perjanjian Kinerja document of a unit and year: the statement page and its annex.</summary>
public static class AgreementDocument
{
    public static ReportDocument Build(Dataset data, string unit, int year) =>
        throw new NotImplementedException("Issue #8: the PK document is being written.");
}
