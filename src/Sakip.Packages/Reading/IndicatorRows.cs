using Sakip.Core.Fields;
using Sakip.Core.Planning;

namespace Sakip.Packages.Reading;

/// <summary>indikator.csv rows.</summary>
static class IndicatorRows
{
    public static Indicator Map(RowReader r) => r.Checked(new Indicator(
        r.RequiredText("kode"),
        r.RequiredText("rencana"),
        r.RequiredText("uraian"),
        r.Text("satuan"),
        r.Code<Direction>("arah", Direction.Increase) ?? Direction.Increase,
        r.Code<Aggregation>("agregasi", Aggregation.Last) ?? Aggregation.Last,
        r.Flag("iku"),
        r.Text("formula"),
        r.Text("pembilang"),
        r.Text("penyebut"),
        r.Text("sumber_data"),
        r.Text("penanggung_jawab"),
        r.Integer("urutan"),
        r.Flag("bukti_wajib"))
    { Origin = r.Origin }, RecordRules.Indicator);
}
