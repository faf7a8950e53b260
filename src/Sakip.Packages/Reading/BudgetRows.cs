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
        {
            Quarters = Quarters(r),
            Origin = r.Origin,
        }, RecordRules.BudgetLine);
    }

    /// <summary>Null when no quarter is written, so an old package reads as before.</summary>
    static QuarterAmounts? Quarters(RowReader r)
    {
        var quarters = new QuarterAmounts(r.Number("realisasi_tw1"), r.Number("realisasi_tw2"), r.Number("realisasi_tw3"), r.Number("realisasi_tw4"));
        return quarters is (null, null, null, null) ? null : quarters;
    }
}
