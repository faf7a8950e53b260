using Sakip.Core.Fields;
using Sakip.Core.Planning;

namespace Sakip.Packages.Reading;

/// <summary>rencana.csv rows.</summary>
static class PlanRows
{
    public static PlanElement Map(RowReader r)
    {
        var kind = r.Code<PlanElementKind>("jenis") ?? default;
        var goal = kind == PlanElementKind.Goal;
        var start = r.Year("periode_awal", required: goal);
        var end = r.Year("periode_akhir", required: goal);
        if (start > end)
        {
            r.Fail("periode_akhir", $"periode_akhir {end} lebih awal dari periode_awal {start}");
        }
        return r.Checked(
            new PlanElement(r.RequiredText("kode"), r.RequiredText("instansi"), kind, r.Text("induk"), r.RequiredText("uraian"), start, end) { Origin = r.Origin },
            RecordRules.PlanElement);
    }
}
