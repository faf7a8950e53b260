using Sakip.Core.Fields;
using System.Globalization;
using Sakip.Core.Measurement;
using Sakip.Core.Scales;

namespace Sakip.Packages.Reading;

/// <summary>target.csv rows.</summary>
static class TargetRows
{
    public static Target Map(RowReader r, ScaleSet scales)
    {
        var (value, printed) = r.Quantity("nilai");
        var max = r.Number("nilai_maks");
        var text = r.Text("teks") ?? printed;
        if (value is null && r.Text("nilai") is null && scales.ValueOfLabel(text) is null)
        {
            r.Fail("nilai", "wajib diisi (boleh kosong hanya bila teks berisi label skala kualitatif dari skala.csv)");
        }
        if (value > max)
        {
            r.Fail("nilai_maks", string.Create(CultureInfo.InvariantCulture, $"rentang tidak valid: nilai {value} lebih besar dari nilai_maks {max}"));
        }
        if (max is not null && value is null)
        {
            r.Fail("nilai", "target rentang memerlukan nilai (batas bawah)");
        }
        return r.Checked(
            new Target(r.RequiredText("indikator"), r.Year("tahun") ?? 0, r.Code<TargetKind>("jenis") ?? default, value, max, text) { Origin = r.Origin },
            (x, found) => RecordRules.Target(x, found));
    }
}
