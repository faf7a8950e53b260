using Sakip.Core.Measurement;

namespace Sakip.Packages.Reading;

/// <summary>komponen.csv rows.</summary>
static class ComponentRows
{
    public static RatioComponent Map(RowReader r)
    {
        var value = r.Number("nilai");
        if (value is null && r.Text("nilai") is null)
        {
            r.Fail("nilai", "wajib diisi");
        }
        return new RatioComponent(
            r.RequiredText("indikator"),
            r.Year("tahun") ?? 0,
            r.Code<Period>("periode") ?? default,
            r.Code<ComponentKind>("komponen") ?? default,
            value ?? 0m,
            r.Text("sumber"))
        { Origin = r.Origin };
    }
}
