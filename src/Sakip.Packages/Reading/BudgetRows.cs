using Sakip.Core.Fields;
using Sakip.Core.Budget;

namespace Sakip.Packages.Reading;

/// <summary>anggaran.csv rows. Whether a missing pagu is allowed (only on a parent) is checked across rows.</summary>
static class BudgetRows
{
    public static BudgetLine Map(RowReader r)
    {
        var ceiling = r.Number("pagu");
        var spent = r.Number("realisasi");
        return r.Checked(new BudgetLine(
            r.RequiredText("kode"),
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.Code<BudgetLevel>("level") ?? default,
            r.Text("induk"),
            r.RequiredText("uraian"),
            ceiling,
            spent,
            r.Text("rencana"),
            r.Text("indikator"),
            r.Number("persen_tercetak"))
        { Origin = r.Origin }, RecordRules.BudgetLine);
    }
}
