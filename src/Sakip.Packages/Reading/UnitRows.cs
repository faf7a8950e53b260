using Sakip.Core.Fields;
using Sakip.Core.Organisation;

namespace Sakip.Packages.Reading;

/// <summary>instansi.csv rows.</summary>
static class UnitRows
{
    public static Unit Map(RowReader r) => r.Checked(new Unit(
        r.RequiredText("kode"),
        r.RequiredText("nama"),
        r.Text("induk"),
        r.Code<UnitKind>("jenis") ?? default,
        r.Text("singkatan"))
    { Origin = r.Origin }, RecordRules.Unit);
}
