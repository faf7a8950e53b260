using Sakip.Core.Evaluation;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>skm.csv rows: the 9 element means of a service as entered (decimal numbers 1–4).</summary>
static class SkmResultRows
{
    public static SkmResult Map(RowReader r) =>
        r.Checked(new SkmResult(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredText("layanan"),
            [.. Enumerable.Range(0, IkmRule.Elements).Select(i => r.RequiredNumber(EvaluationRecordRules.Element(i)) ?? 0m)],
            r.Integer("responden"))
        { Origin = r.Origin }, EvaluationRecordRules.SkmResult);
}
