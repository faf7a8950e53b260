using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Writing;

/// <summary>The evaluation files (issue #9) survive read → write → read as a CSV folder, a workbook and a ZIP.</summary>
public sealed class EvaluationWorkRoundTripTests
{
    private static PackageFolder EveryEvaluationFile() => PackageFolder.Minimal()
        .With("indikator.csv", "kode,rencana,uraian", "IKU1,S1,Indeks kinerja", "IKU2,S1,Persentase layanan IKM > 80")
        .With("lke.csv", "instansi,tahun,templat,kriteria,nilai_usulan,nilai_penetapan,catatan",
            "OPD,2021,permenpanrb_88_2021,1.1.1,Y,T,\"Catatan, dengan koma\"", "OPD,2021,permenpanrb_88_2021,1.2.1,b,,=bukan rumus")
        .With("skm.csv", "instansi,tahun,layanan,responden,u1,u2,u3,u4,u5,u6,u7,u8,u9",
            "OPD,2021,Perizinan,120,3.25,3.10,3,3.5,3.2,3.4,3.3,3.1,3.60", "OPD,2021,Pengaduan,,3,3,3,3,3,3,3,3,3")
        .With("skm_jawaban.csv", "instansi,tahun,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9", "OPD,2021,Informasi,4,3,3,4,4,3,3,4,4")
        .With("penilaian.csv", "instansi,tahun,jenis,nilai,predikat,sumber", "OPD,2021,indeks_kelembagaan,78.50,Level 3,KemenPAN-RB", "OPD,2021,maturitas_spip,,Terdefinisi,")
        .With("kelompok.csv", "kelompok,nama,instansi", "UTAMA,Kluster utama,OPD", "UTAMA,Kluster utama,PEMDA", "LAIN,Lainnya,OPD")
        .With("rekap_indikator.csv", "indikator,sumber,ukuran,predikat_minimal,batas,jenis,kelompok", "IKU1,sakip,persen,BB,,,UTAMA", "IKU2,ikm,jumlah,,80.00,,");

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    public void Every_evaluation_file_reads_back_equal_after_writing(string target)
    {
        using var source = EveryEvaluationFile();
        var read = source.Read();
        read.Messages().ShouldBeEmpty();
        var original = read.Data!;
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf(target);

        PackageWriter.Write(original, path);
        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.WithoutOrigins().Equals(original.WithoutOrigins()).ShouldBeTrue();
        data.DecimalTexts().ShouldBe(original.DecimalTexts());
        (data.LkeAnswers.Count, data.SkmResults.Count, data.SkmResponses.Count, data.Assessments.Count, data.UnitGroups.Count, data.RecapIndicators.Count)
            .ShouldBe((2, 2, 1, 2, 2, 2));
        data.LkeAnswers[1].Note.ShouldBe("=bukan rumus");
    }

    [Fact]
    public void Every_evaluation_file_reads_back_equal_from_a_zip()
    {
        using var source = EveryEvaluationFile();
        var original = source.Read().Data!;
        using var zip = new MemoryStream();

        PackageWriter.WriteZip(original, zip);
        zip.Position = 0;
        var result = PackageReader.ReadZip(zip, "paket.zip");

        result.Messages().ShouldBeEmpty();
        result.Data!.WithoutOrigins().Equals(original.WithoutOrigins()).ShouldBeTrue();
    }

    [Fact]
    public void The_writer_gives_one_kelompok_row_per_member_and_answers_in_capitals()
    {
        using var source = EveryEvaluationFile();
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket");

        PackageWriter.Write(source.Read().Data!, path);

        File.ReadAllLines(Path.Combine(path, "kelompok.csv")).ShouldBe(["kelompok,nama,instansi", "UTAMA,Kluster utama,OPD", "UTAMA,Kluster utama,PEMDA", "LAIN,Lainnya,OPD"]);
        File.ReadAllLines(Path.Combine(path, "lke.csv"))[2].ShouldBe("OPD,2021,permenpanrb_88_2021,1.2.1,B,,'=bukan rumus");
        File.ReadAllLines(Path.Combine(path, "rekap_indikator.csv")).ShouldBe([
            "indikator,sumber,ukuran,predikat_minimal,batas,jenis,kelompok", "IKU1,sakip,persen,BB,,,UTAMA", "IKU2,ikm,jumlah,,80.00,,",
        ]);
    }

    [Fact]
    public void A_package_without_evaluation_data_gets_none_of_the_evaluation_files()
    {
        using var source = PackageFolder.Minimal();
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket");

        PackageWriter.Write(source.Read().Data!, path);

        foreach (var file in new[] { "lke", "skm", "skm_jawaban", "penilaian", "kelompok", "rekap_indikator" })
        {
            File.Exists(Path.Combine(path, file + ".csv")).ShouldBeFalse(file);
        }
    }

    [Fact]
    public void A_workbook_sheet_per_evaluation_file_is_read_like_its_csv_file()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");
        Workbook.Write(path, [
            .. Workbook.Minimal,
            ("lke", ["instansi,tahun,templat,kriteria,nilai_usulan,nilai_penetapan,catatan", "OPD,2021,permenpanrb_88_2021,1.1.1,Z,,"]),
            ("skm_jawaban", ["instansi,tahun,layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9", "OPD,2021,Perizinan,4,3,3,4,4,3,3,4,4"]),
        ]);

        var result = PackageReader.Read(path);

        result.Messages().ShouldBe(["paket.xlsx[lke]:2:nilai_usulan: Jawaban \"Z\" tidak dikenal; gunakan Y/T atau A/B/C/D/E."]);
        result.Data.ShouldBeNull();
    }
}
