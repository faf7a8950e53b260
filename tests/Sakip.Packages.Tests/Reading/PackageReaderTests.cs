using Sakip.Core;
using Sakip.Core.Capaian;
using Sakip.Core.Measurement;
using Sakip.Packages.Tests.Builders;
using Sakip.Packages.Values;

namespace Sakip.Packages.Tests.Reading;

public sealed class PackageReaderTests
{
    private const string Targets = "indikator,tahun,jenis,nilai,nilai_maks,teks";
    private const string Realisations = "indikator,tahun,periode,nilai,teks,capaian_tercetak";

    [Fact]
    public void Read_returns_the_dataset_of_a_valid_package_with_each_record_s_origin()
    {
        using var package = PackageFolder.Minimal();

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.IsValid.ShouldBeTrue();
        var data = result.Data!;
        data.Units.Select(u => u.Code).ShouldBe(["PEMDA", "OPD"]);
        data.PlanElements.Select(p => p.Code).ShouldBe(["T1", "S1"]);
        data.Indicators.Single().Code.ShouldBe("IKU1");
        data.Targets.ShouldBe([new Target("IKU1", 2021, TargetKind.Agreement, 80m) { Origin = new("target.csv", 2) }]);
        data.Realisations.ShouldBe([new Realisation("IKU1", 2021, Period.Annual, 88m) { Origin = new("realisasi.csv", 2) }]);
        data.Units[1].Origin.ShouldBe(new Origin("instansi.csv", 3));
    }

    [Fact]
    public void Read_treats_an_absent_file_as_no_data_of_that_kind()
    {
        using var package = PackageFolder.Minimal().Without("realisasi.csv");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Realisations.ShouldBeEmpty();
        result.Data.BudgetLines.ShouldBeEmpty();
    }

    [Fact]
    public void Read_reports_a_missing_required_column_on_the_header_line_and_gives_no_dataset()
    {
        using var package = PackageFolder.Minimal().With("target.csv", "indikator,tahun,nilai", "IKU1,2021,80");

        var result = package.Read();

        result.Messages().ShouldBe(["target.csv:1: kolom wajib \"jenis\" tidak ada di baris judul"]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_warns_about_an_unknown_column_and_keeps_the_package_valid()
    {
        using var package = PackageFolder.Minimal().With("target.csv", "indikator,tahun,jenis,nilai,keterangan", "IKU1,2021,pk,80,Tabel 2.4");

        var result = package.Read();

        result.Messages().ShouldBe(["peringatan: target.csv:1: kolom \"keterangan\" tidak dikenal, diabaikan"]);
        result.IsValid.ShouldBeTrue();
        result.Data!.Targets.Single().Value.ShouldBe(80m);
    }

    [Fact]
    public void Read_matches_header_names_case_insensitively_in_any_order()
    {
        using var package = PackageFolder.Minimal().With("target.csv", " NILAI ,Jenis,tahun,INDIKATOR", "80,pk,2021,IKU1");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Targets.ShouldBe([new Target("IKU1", 2021, TargetKind.Agreement, 80m) { Origin = new("target.csv", 2) }]);
    }

    [Fact]
    public void Read_warns_about_an_unknown_file_and_keeps_the_package_valid()
    {
        using var package = PackageFolder.Minimal().With("catatan.csv", "isi", "bukan bagian paket");

        var result = package.Read();

        result.Messages().ShouldBe(["peringatan: catatan.csv: berkas tidak dikenal dalam paket data v1, diabaikan"]);
        result.IsValid.ShouldBeTrue();
    }

    [Fact]
    public void Read_reports_every_problem_of_every_file_at_once_and_gives_no_dataset()
    {
        using var package = PackageFolder.Minimal()
            .With("instansi.csv", "kode,nama,induk,jenis", "PEMDA,Pemerintah Provinsi,,pemda", "OPD,Sekretariat Daerah,PEMDA,perangkat_daerah", "OPD,Biro Umum,PEMDA,unit_kerja")
            .With("target.csv", "indikator,tahun,jenis,nilai", "IKU1,2021,pk,delapan puluh", "IKU1,2021,triwulan,80", "IKU9,2021,renstra,80")
            .With("realisasi.csv", "indikator,tahun,periode,nilai", "IKU1,21,tahunan,88", "IKU1,2021,tw4,")
            .With("catatan.csv", "isi", "x");

        var result = package.Read();

        result.Messages().ShouldBe([
            "peringatan: catatan.csv: berkas tidak dikenal dalam paket data v1, diabaikan",
            "target.csv:2:nilai: tidak dapat dibaca sebagai angka: \"delapan puluh\"",
            "target.csv:3:jenis: nilai \"triwulan\" tidak dikenal; gunakan salah satu: awal, renstra, pk, tw1, tw2, tw3, tw4",
            "realisasi.csv:2:tahun: tahun harus empat angka antara 1900 dan 2100: \"21\"",
            "realisasi.csv:3:nilai: wajib diisi (boleh kosong hanya bila teks berisi label skala kualitatif dari skala.csv)",
            "instansi.csv:4:kode: kode instansi \"OPD\" ganda (sudah ada di baris 3)",
            "target.csv:4:indikator: indikator \"IKU9\" tidak ditemukan",
        ]);
        result.Errors.Count().ShouldBe(6);
        result.Data.ShouldBeNull();
    }

    public static TheoryData<string, string[], string[]> UnreadableCells => new()
    {
        {
            "target.csv", [Targets, "IKU1,2021,pk,delapan puluh,,"],
            ["target.csv:2:nilai: tidak dapat dibaca sebagai angka: \"delapan puluh\""]
        },
        {
            "target.csv", [Targets, "IKU1,2021,pk,80,,", "IKU1,2022,pk,\"1,2,3\",,"],
            ["target.csv:3:nilai: tidak dapat dibaca sebagai angka: \"1,2,3\""]
        },
        {
            "target.csv", [Targets, "IKU1,2021,pk,70,60,"],
            ["target.csv:2:nilai_maks: rentang tidak valid: nilai 70 lebih besar dari nilai_maks 60"]
        },
        {
            "target.csv", [Targets, "IKU1,2021,pk,,60,"],
            [
                "target.csv:2:nilai: wajib diisi (boleh kosong hanya bila teks berisi label skala kualitatif dari skala.csv)",
                "target.csv:2:nilai: target rentang memerlukan nilai (batas bawah)",
            ]
        },
        {
            "realisasi.csv", [Realisations, "IKU1,2021,triwulan,88,,"],
            ["realisasi.csv:2:periode: nilai \"triwulan\" tidak dikenal; gunakan salah satu: tw1, tw2, tw3, tw4, tahunan"]
        },
        {
            "realisasi.csv", [Realisations, "IKU1,2021,tahunan,88,,sangat baik"],
            ["realisasi.csv:2:capaian_tercetak: tidak dapat dibaca sebagai angka: \"sangat baik\""]
        },
        {
            "indikator.csv", ["kode,rencana,uraian,arah,iku", "IKU1,S1,Indeks kinerja,naik turun,mungkin"],
            [
                "indikator.csv:2:arah: nilai \"naik turun\" tidak dikenal; gunakan salah satu: naik, turun, stabil",
                "indikator.csv:2:iku: nilai \"mungkin\" tidak dikenal; gunakan ya atau tidak",
            ]
        },
        {
            "rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Tujuan,2023,2019", "S1,OPD,sasaran,T1,Sasaran,,"],
            ["rencana.csv:2:periode_akhir: periode_akhir 2019 lebih awal dari periode_awal 2023"]
        },
        {
            "anggaran.csv", ["kode,instansi,tahun,level,uraian,pagu,realisasi", "P1,OPD,2021,program,Program,-1500000,0"],
            ["anggaran.csv:2:pagu: Pagu tidak boleh negatif."]
        },
        {
            "target.csv", [Targets, "IKU1,-,pk,80,,"],
            ["target.csv:2:tahun: wajib diisi"]
        },
        {
            "evaluasi.csv", ["instansi,tahun,komponen,nilai", "OPD,NA,,59.14"],
            ["evaluasi.csv:2:tahun: wajib diisi"]
        },
        {
            "rencana.csv", ["kode,instansi,jenis,induk,uraian,periode_awal,periode_akhir", "T1,OPD,tujuan,,Tujuan,N/A,2023", "S1,OPD,sasaran,T1,Sasaran,,"],
            ["rencana.csv:2:periode_awal: wajib diisi"]
        },
        {
            "komponen.csv", ["indikator,tahun,periode,komponen,nilai", "IKU1,2021,tahunan,pembilang,-", "IKU1,2021,tahunan,penyebut,37"],
            ["komponen.csv:2:nilai: wajib diisi"]
        },
    };

    [Theory, MemberData(nameof(UnreadableCells))]
    public void Read_reports_a_cell_it_cannot_read_by_file_line_and_column(string file, string[] lines, string[] expected)
    {
        using var package = PackageFolder.Minimal().With(file, lines);

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public void Read_writes_numbers_in_messages_as_in_the_file_whatever_the_machine_culture(string culture)
    {
        using var package = PackageFolder.Minimal()
            .With("target.csv", Targets, "IKU1,2021,pk,70.5,60.25,")
            .With("skala.csv", "skala,label,batas_bawah,batas_atas", "mutu,Rendah,,60.5", "mutu,Tinggi,70.25,");
        using var scope = new CultureScope(culture);

        var result = package.Read();

        result.Messages().ShouldBe([
            "skala.csv:2:skala: skala \"mutu\": ada celah antara pita \"Rendah\" (sampai 60.5) dan \"Tinggi\" (dari 70.25)",
            "target.csv:2:nilai_maks: rentang tidak valid: nilai 70.5 lebih besar dari nilai_maks 60.25",
        ]);
    }

    [Fact]
    public void Read_accepts_Indonesian_number_forms_and_reports_the_convention_per_file()
    {
        using var package = PackageFolder.Minimal()
            .With("realisasi.csv", Realisations, "IKU1,2021,tahunan,\"3,0885\",,\"99,79%\"")
            .With("anggaran.csv",
                "kode,instansi,tahun,level,uraian,pagu,realisasi,persen_tercetak",
                "P1,OPD,2021,program,Program,6.099.177.000,Rp 4.934.463.708,\"80,90 %\"");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        var realisation = result.Data!.Realisations.Single();
        realisation.Value.ShouldBe(3.0885m);
        realisation.PrintedCapaian.ShouldBe(99.79m);
        realisation.PrintedCapaian!.Value.Scale.ShouldBe((byte)2);
        var line = result.Data.BudgetLines.Single();
        (line.Ceiling, line.Spent, line.PrintedPercent).ShouldBe((6099177000m, 4934463708m, 80.90m));
        result.Conventions["realisasi.csv"].ShouldBe(new ConventionChoice(NumberConvention.Indonesian, "3,0885", null));
        result.Conventions["anggaran.csv"].ShouldBe(new ConventionChoice(NumberConvention.Indonesian, "6.099.177.000", null));
        result.Conventions["target.csv"].Convention.ShouldBe(NumberConvention.DecimalPoint);
    }

    public static TheoryData<string, decimal> AmbiguousNumbers => new()
    {
        { "\"3,0885\"", 1500m },
        { "3.0885", 1.5m },
        { "3", 1.5m },
    };

    [Theory, MemberData(nameof(AmbiguousNumbers))]
    public void Read_reads_an_ambiguous_number_by_the_convention_of_the_rest_of_its_file(string otherCell, decimal expected)
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", Realisations, "IKU1,2021,tahunan,1.500,,", $"IKU1,2021,tw4,{otherCell},,");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Realisations[0].Value.ShouldBe(expected);
    }

    [Fact]
    public void Read_warns_when_a_file_mixes_both_number_conventions()
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", Realisations, "IKU1,2021,tahunan,\"3,0885\",,", "IKU1,2021,tw4,3.0885,,");

        var result = package.Read();

        result.Messages().ShouldBe([
            "peringatan: realisasi.csv: angka ditulis dengan dua format (\"3,0885\" dan \"3.0885\"); dibaca dengan format Indonesia (titik pemisah ribuan, koma desimal)",
        ]);
        result.Data!.Realisations.Select(r => r.Value).ShouldBe([3.0885m, 3.0885m]);
    }

    public static TheoryData<string, decimal, string> QualifiedTargets => new()
    {
        { "66 (peringkat 4)", 66m, "66 (peringkat 4)" },
        { "\"70 (cukup)\"", 70m, "70 (cukup)" },
        { "\"66,00 (peringkat 4)\"", 66.00m, "66,00 (peringkat 4)" },
    };

    [Theory, MemberData(nameof(QualifiedTargets))]
    public void Read_takes_the_number_of_a_qualified_value_and_keeps_the_text(string cell, decimal value, string text)
    {
        using var package = PackageFolder.Minimal().With("target.csv", Targets, $"IKU1,2021,pk,{cell},,");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Targets.Single().ShouldBe(new Target("IKU1", 2021, TargetKind.Agreement, value, null, text) { Origin = new("target.csv", 2) });
    }

    [Fact]
    public void Read_keeps_the_teks_column_over_the_text_of_a_qualified_value()
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", Realisations, "IKU1,2021,tahunan,\"3,0885 *)\",\"3,0885 *) skor 2018\",");

        var result = package.Read();

        result.Data!.Realisations.Single().ShouldBe(new Realisation("IKU1", 2021, Period.Annual, 3.0885m, "3,0885 *) skor 2018") { Origin = new("realisasi.csv", 2) });
    }

    [Fact]
    public void Read_takes_the_footnoted_value_and_its_text_when_there_is_no_teks()
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", Realisations, "IKU1,2021,tahunan,\"3,0885 *)\",,");

        var result = package.Read();

        result.Data!.Realisations.Single().ShouldBe(new Realisation("IKU1", 2021, Period.Annual, 3.0885m, "3,0885 *)") { Origin = new("realisasi.csv", 2) });
    }

    [Theory]
    [InlineData("-")]
    [InlineData("NA")]
    [InlineData("N/A")]
    [InlineData("n/a")]
    public void Read_reads_a_no_value_marker_as_no_value_never_zero(string marker)
    {
        using var package = PackageFolder.Minimal()
            .With("target.csv", Targets, $"IKU1,2021,pk,80,{marker},")
            .With("realisasi.csv", Realisations, $"IKU1,2021,tahunan,{marker},,{marker}");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Targets.Single().Max.ShouldBeNull();
        var realisation = result.Data.Realisations.Single();
        realisation.Value.ShouldBeNull();
        realisation.PrintedCapaian.ShouldBeNull();
        new CapaianCalculator(result.Data).For("IKU1", 2021, Period.Annual).Capaian.Value.ShouldBeNull();
    }

    [Fact]
    public void Read_reads_an_empty_optional_number_as_no_value()
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", Realisations, "IKU1,2021,tahunan,88,,");

        var result = package.Read();

        result.Data!.Realisations.Single().PrintedCapaian.ShouldBeNull();
    }

    [Fact]
    public void Read_reads_a_range_target()
    {
        using var package = PackageFolder.Minimal().With("target.csv", Targets, "IKU1,2021,pk,60,70,B (60-70)");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Targets.Single().ShouldBe(new Target("IKU1", 2021, TargetKind.Agreement, 60m, 70m, "B (60-70)") { Origin = new("target.csv", 2) });
    }

    [Fact]
    public void Read_accepts_a_qualitative_target_whose_label_skala_csv_maps()
    {
        using var package = PackageFolder.Minimal()
            .With("skala.csv", "skala,label,batas_bawah,batas_atas", "opini_bpk,WDP,,3", "opini_bpk,WTP,,4")
            .With("target.csv", Targets, "IKU1,2021,pk,,,WTP")
            .With("realisasi.csv", Realisations, "IKU1,2021,tahunan,,WTP,");

        var result = package.Read();

        result.Messages().ShouldBeEmpty();
        result.Data!.Targets.Single().ShouldBe(new Target("IKU1", 2021, TargetKind.Agreement, null, null, "WTP") { Origin = new("target.csv", 2) });
        result.Data.Realisations.Single().ShouldBe(new Realisation("IKU1", 2021, Period.Annual, null, "WTP") { Origin = new("realisasi.csv", 2) });
        new CapaianCalculator(result.Data).For("IKU1", 2021, Period.Annual).Capaian.Value.ShouldBe(100m);
    }

    [Fact]
    public void Read_rejects_a_qualitative_target_without_a_scale_that_maps_its_label()
    {
        using var package = PackageFolder.Minimal()
            .With("skala.csv", "skala,label,batas_bawah,batas_atas", "opini_bpk,WDP,,3", "opini_bpk,WTP,,4")
            .With("target.csv", Targets, "IKU1,2021,pk,,,Disclaimer");

        var result = package.Read();

        result.Messages().ShouldBe(["target.csv:2:nilai: wajib diisi (boleh kosong hanya bila teks berisi label skala kualitatif dari skala.csv)"]);
    }

    [Fact]
    public void Read_rejects_a_qualitative_target_when_the_package_has_no_skala_csv()
    {
        using var package = PackageFolder.Minimal().With("target.csv", Targets, "IKU1,2021,pk,,,WTP");

        var result = package.Read();

        result.Messages().ShouldBe(["target.csv:2:nilai: wajib diisi (boleh kosong hanya bila teks berisi label skala kualitatif dari skala.csv)"]);
    }

    [Fact]
    public void Read_reports_a_scale_whose_bands_overlap()
    {
        using var package = PackageFolder.Minimal().With("skala.csv", "skala,label,batas_bawah,batas_atas", "mutu,Rendah,,60", "mutu,Tinggi,50,");

        var result = package.Read();

        result.Messages().ShouldBe(["skala.csv:2:skala: skala \"mutu\": pita \"Rendah\" dan \"Tinggi\" tumpang tindih"]);
        result.Data.ShouldBeNull();
    }
}
