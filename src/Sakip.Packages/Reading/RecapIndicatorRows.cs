using Sakip.Core.Evaluation;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>rekap_indikator.csv rows; the grade label, the indicator and the group are checked across files.</summary>
static class RecapIndicatorRows
{
    public static RecapIndicator Map(RowReader r) =>
        r.Checked(new RecapIndicator(
            r.RequiredText("indikator"),
            r.Code<RecapSource>("sumber") ?? default,
            r.Code<RecapMeasure>("ukuran") ?? default,
            r.Text("predikat_minimal"),
            r.Number("batas"),
            r.Text("jenis"),
            r.Text("kelompok"))
        { Origin = r.Origin }, EvaluationRecordRules.RecapIndicator);
}
