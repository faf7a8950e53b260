using Sakip.Core.Fields;
using Sakip.Core.Measurement;
using Sakip.Core.Scales;

namespace Sakip.Packages.Reading;

/// <summary>realisasi.csv rows.</summary>
static class RealisationRows
{
    public static Realisation Map(RowReader r, ScaleSet scales)
    {
        var (value, printed) = r.Quantity("nilai");
        var text = r.Text("teks") ?? printed;
        if (value is null && r.Text("nilai") is null && scales.ValueOfLabel(text) is null)
        {
            r.Fail("nilai", "wajib diisi (boleh kosong hanya bila teks berisi label skala kualitatif dari skala.csv)");
        }
        return r.Checked(new Realisation(
            r.RequiredText("indikator"),
            r.Year("tahun") ?? 0,
            r.Code<Period>("periode") ?? default,
            value,
            text,
            r.Number("capaian_tercetak"),
            r.Text("catatan"))
        {
            Analysis = Analysis(r),
            Status = r.Text("status") is null ? null : r.Code<ApprovalStatus>("status"),
            Origin = r.Origin,
        }, (x, found) => RecordRules.Realisation(x, found));
    }

    /// <summary>Null when none of the three columns is written, so an old package reads as before.</summary>
    static RealisationAnalysis? Analysis(RowReader r) =>
        new RealisationAnalysis(r.Text("faktor_pendukung"), r.Text("faktor_penghambat"), r.Text("solusi")) is { IsEmpty: false } analysis ? analysis : null;
}
