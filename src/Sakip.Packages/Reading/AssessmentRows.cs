using Sakip.Core.Evaluation;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>penilaian.csv rows: a value, a printed label or both.</summary>
static class AssessmentRows
{
    public static Assessment Map(RowReader r) =>
        r.Checked(new Assessment(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredText("jenis"),
            r.Number("nilai"),
            r.Text("predikat"),
            r.Text("sumber"))
        { Origin = r.Origin }, EvaluationRecordRules.Assessment);
}
