using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Packages.Values;

namespace Sakip.Packages.Reading;

/// <summary>komponen.csv rows.</summary>
static class ComponentRows
{
    public static RatioComponent Map(RowReader r)
    {
        var value = r.Number("nilai");
        // A component is a count: "-" or "NA" gives no number, and must not become 0 below.
        if (value is null && NoValue.Is(r.Text("nilai")))
        {
            r.Fail("nilai", "wajib diisi");
        }
        return r.Checked(new RatioComponent(
            r.RequiredText("indikator"),
            r.Year("tahun") ?? 0,
            r.Code<Period>("periode") ?? default,
            r.Code<ComponentKind>("komponen") ?? default,
            value ?? 0m,
            r.Text("sumber"))
        { Origin = r.Origin }, RecordRules.Component);
    }
}
