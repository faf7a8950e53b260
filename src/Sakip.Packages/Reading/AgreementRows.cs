using Sakip.Core.Agreements;
using Sakip.Core.Fields;

namespace Sakip.Packages.Reading;

/// <summary>pk.csv rows: the parties of a Perjanjian Kinerja; NIPs are stored without the spaces people type.</summary>
static class AgreementRows
{
    public static Agreement Map(RowReader r) =>
        r.Checked(new Agreement(
            r.RequiredText("instansi"),
            r.Year("tahun") ?? 0,
            Party(r, "pihak_pertama"),
            Party(r, "pihak_kedua"),
            r.Date("tanggal"),
            r.Text("tempat"),
            r.Integer("versi") ?? 1)
        { Origin = r.Origin }, RecordRules.Agreement);

    static Party Party(RowReader r, string column) => new(
        r.RequiredText(column),
        NipRule.Normalize(r.Text("nip_" + column)),
        r.RequiredText("jabatan_" + column),
        r.Code<ActingKind>("status_" + column, ActingKind.Definitive) ?? ActingKind.Definitive);
}
