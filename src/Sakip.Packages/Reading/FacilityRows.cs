using Sakip.Core.Fields;
using Sakip.Core.Organisation;

namespace Sakip.Packages.Reading;

/// <summary>sarana.csv rows.</summary>
static class FacilityRows
{
    public static Facility Map(RowReader r) =>
        r.Checked(new Facility(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredText("jenis"),
            r.RequiredNumber("jumlah") ?? 0,
            r.Text("satuan"),
            r.Text("kondisi"),
            r.Text("keterangan"))
        { Origin = r.Origin }, RecordRules.Facility);
}
