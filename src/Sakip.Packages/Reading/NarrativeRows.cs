using Sakip.Core.Fields;
using Sakip.Core.Reporting;

namespace Sakip.Packages.Reading;

/// <summary>narasi.csv rows; whether <c>rencana</c> names a sasaran is checked across files.</summary>
static class NarrativeRows
{
    public static Narrative Map(RowReader r) =>
        r.Checked(new Narrative(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.Code<NarrativeSection>("bagian") ?? default,
            r.RequiredText("teks"),
            r.Text("rencana"))
        { Origin = r.Origin }, RecordRules.Narrative);
}
