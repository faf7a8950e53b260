using Sakip.Core.Fields;
using Sakip.Core.Evaluation;

namespace Sakip.Packages.Reading;

/// <summary>rekomendasi.csv rows.</summary>
static class RecommendationRows
{
    public static Recommendation Map(RowReader r) => r.Checked(new Recommendation(
        r.RequiredText("instansi"),
        r.Year("tahun") ?? 0,
        r.RequiredText("nomor"),
        r.Text("komponen"),
        r.RequiredText("rekomendasi"),
        r.Text("tindak_lanjut"),
        r.Text("status") is null ? null : r.Code<FollowUpStatus>("status"),
        r.Text("status_tercetak"))
    { Origin = r.Origin }, RecordRules.Recommendation);
}
