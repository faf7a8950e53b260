using Sakip.Core.Evaluation;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>skm_jawaban.csv rows: one respondent's 9 answers, each a whole number 1–4.</summary>
static class SkmResponseRows
{
    public static SkmResponse Map(RowReader r) =>
        r.Checked(new SkmResponse(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredText("layanan"),
            [.. Enumerable.Range(0, IkmRule.Elements).Select(i => r.RequiredInteger(EvaluationRecordRules.Element(i)) ?? 0)])
        { Origin = r.Origin }, EvaluationRecordRules.SkmResponse);
}
