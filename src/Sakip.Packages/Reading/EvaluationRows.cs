using Sakip.Core.Fields;
using Sakip.Core.Evaluation;

namespace Sakip.Packages.Reading;

/// <summary>evaluasi.csv rows.</summary>
static class EvaluationRows
{
    public static EvaluationScore Map(RowReader r)
    {
        var score = r.Number("nilai");
        if (score is null && r.Text("nilai") is null)
        {
            r.Fail("nilai", "wajib diisi");
        }
        return r.Checked(new EvaluationScore(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.Text("komponen"),
            r.Number("bobot"),
            score,
            r.Text("predikat_tercetak"))
        { Origin = r.Origin }, RecordRules.Evaluation);
    }
}
