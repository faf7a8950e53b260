using Sakip.Packages.Tables;
using Sakip.Packages.Xlsx;

namespace Sakip.Packages.Tests.Builders;

/// <summary>Writes a package workbook from sheets given as comma-separated lines (no quoting), header first.</summary>
internal static class Workbook
{
    public static void Write(string path, params (string Sheet, string[] Lines)[] sheets) =>
        XlsxWriter.WriteFile(path, sheets.Select(sheet => Table.Create(
            sheet.Sheet,
            sheet.Lines[0].Split(','),
            sheet.Lines.Skip(1).Select(line => (IReadOnlyList<string>)line.Split(',')))));

    /// <summary>The sheets of <see cref="PackageFolder.Minimal"/>.</summary>
    public static (string Sheet, string[] Lines)[] Minimal =>
    [
        ("instansi", ["kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah"]),
        ("rencana", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Birokrasi yang efektif,2019,2023", "S1,OPD,sasaran,T1,Meningkatnya kinerja,,"]),
        ("indikator", ["kode,rencana,uraian", "IKU1,S1,Indeks kinerja"]),
        ("target", ["indikator,tahun,jenis,nilai", "IKU1,2021,pk,80"]),
        ("realisasi", ["indikator,tahun,periode,nilai", "IKU1,2021,tahunan,88"]),
    ];
}
