using Sakip.Core.Agreements;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>pk_program.csv rows; whether <c>anggaran</c> names a budget line is checked across files.</summary>
static class AgreementProgramRows
{
    public static AgreementProgram Map(RowReader r) =>
        r.Checked(new AgreementProgram(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredText("uraian"),
            r.RequiredNumber("pagu") ?? 0,
            r.Text("anggaran"))
        { Origin = r.Origin }, RecordRules.AgreementProgram);
}
