using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Reading;

/// <summary>The Core field rules (Sakip.Core.Fields) applied by the package reader, each reported at file:line:column.</summary>
public sealed class FieldRuleTests
{
    private const string Targets = "indikator,tahun,jenis,nilai,nilai_maks,teks";
    private const string Realisations = "indikator,tahun,periode,nilai,teks,capaian_tercetak,catatan";
    private const string Budget = "kode,instansi,tahun,level,uraian,pagu,realisasi";

    public static TheoryData<string, string[], string[]> Errors => new()
    {
        {
            "instansi.csv", ["kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah", $"{new string('X', 65)},Biro,PEMDA,unit_kerja"],
            ["instansi.csv:4:kode: Kode paling banyak 64 karakter (tertulis 65 karakter)."]
        },
        {
            "indikator.csv", ["kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "IKU\t2,S1,Indeks lain"],
            ["indikator.csv:3:kode: Kode tidak boleh memuat karakter kendali (tab atau baris baru)."]
        },
        {
            "indikator.csv", ["kode,rencana,uraian", $"IKU1,S1,{new string('u', 1001)}"],
            ["indikator.csv:2:uraian: Nama indikator paling banyak 1000 karakter (tertulis 1001 karakter)."]
        },
        {
            "rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Tujuan,2019,2023", $"S1,OPD,sasaran,T1,{new string('s', 2001)},,"],
            ["rencana.csv:3:uraian: Uraian paling banyak 2000 karakter (tertulis 2001 karakter)."]
        },
        {
            "target.csv", [Targets, "IKU1,2021,pk,0.00000000000000000001,,"],
            ["target.csv:2:nilai: Nilai target paling banyak 8 angka di belakang koma."]
        },
        {
            "realisasi.csv", [Realisations, "IKU1,2021,tahunan,79228162514264337593543950335,,,"],
            ["realisasi.csv:2:nilai: Realisasi di luar batas: nilainya harus kurang dari 10¹⁸ (satu triliun juta)."]
        },
        {
            "realisasi.csv", [Realisations, $"IKU1,2021,tahunan,88,,,{new string('c', 1001)}"],
            ["realisasi.csv:2:catatan: Catatan paling banyak 1000 karakter (tertulis 1001 karakter)."]
        },
        {
            "komponen.csv", ["indikator,tahun,periode,komponen,nilai", "IKU1,2021,tahunan,pembilang,-5", "IKU1,2021,tahunan,penyebut,37"],
            ["komponen.csv:2:nilai: Nilai komponen tidak boleh negatif."]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,Program,99999999999999999999999,0"],
            ["anggaran.csv:2:pagu: Pagu di luar batas: nilainya harus kurang dari Rp 10.000 triliun."]
        },
        {
            "evaluasi.csv", ["instansi,tahun,komponen,nilai", "OPD,2021,,159.14"],
            ["evaluasi.csv:2:nilai: Nilai evaluasi harus antara 0 dan 100."]
        },
        {
            "rekomendasi.csv", ["instansi,tahun,nomor,rekomendasi", $"OPD,2021,1,{new string('r', 4001)}"],
            ["rekomendasi.csv:2:rekomendasi: Rekomendasi paling banyak 4000 karakter (tertulis 4001 karakter)."]
        },
    };

    [Theory, MemberData(nameof(Errors))]
    public void Read_refuses_a_record_that_breaks_a_field_rule_at_its_file_line_and_column(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    public static TheoryData<string, string[], string[]> Warnings => new()
    {
        {
            "target.csv", [Targets, "IKU1,2021,pk,-3,,"],
            ["peringatan: target.csv:2:nilai: Nilai target bernilai negatif; pastikan sudah benar (mis. pertumbuhan yang turun)."]
        },
        {
            "anggaran.csv", [Budget, "P1,OPD,2021,program,Program,1000,1500"],
            ["peringatan: anggaran.csv:2:realisasi: Realisasi anggaran melebihi pagu; pastikan sudah benar (mis. pagu perubahan belum dicatat)."]
        },
        {
            "anggaran.csv", [Budget, "P 1,OPD,2021,program,Program,1000,0"],
            ["peringatan: anggaran.csv:2:kode: Kode \"P 1\" memuat spasi atau garis miring (/), sehingga sulit dipakai dalam alamat tautan dan API; sebaiknya gunakan huruf, angka, titik, tanda hubung atau garis bawah."]
        },
    };

    [Theory, MemberData(nameof(Warnings))]
    public void Read_reports_an_unlikely_value_as_a_warning_and_still_imports(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldNotBeNull();
    }

    [Fact]
    public void Read_warns_on_a_percentage_above_100_such_as_a_thousands_separator_read_as_a_decimal()
    {
        using var package = PackageFolder.Minimal()
            .With("indikator.csv", "kode,rencana,uraian,satuan", "IKU1,S1,Persentase layanan,%")
            .With("realisasi.csv", "indikator,tahun,periode,nilai", "IKU1,2021,tahunan,\"1.234,5\"");

        var result = package.Read();

        result.Messages().ShouldBe([
            "peringatan: realisasi.csv:2:nilai: Realisasi lebih dari 100 untuk satuan persen; periksa pemisah ribuan dan desimal (ditulis 1.234,5 berarti seribu lebih).",
        ]);
        result.Data!.Realisations.Single().Value.ShouldBe(1234.5m);
    }
}
