using Sakip.Core.Fields;
using Sakip.Core.Organisation;

namespace Sakip.Packages.Reading;

/// <summary>pegawai.csv rows: a count of people is a whole number; an empty dimension means the count is not broken down by it.</summary>
static class StaffRows
{
    public static StaffCount Map(RowReader r) =>
        r.Checked(new StaffCount(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            r.RequiredInteger("jumlah") ?? 0,
            r.Text("jabatan"),
            r.Text("golongan"),
            r.Text("pendidikan"),
            r.Text("jenis_kelamin") is null ? null : r.Code<Gender>("jenis_kelamin"))
        { Origin = r.Origin }, RecordRules.StaffCount);
}
