using Sakip.Core.Budget;
using Sakip.Packages.Tests.Builders;
using Sakip.Packages.Tests.Golden;

namespace Sakip.Packages.Tests.Writing;

/// <summary>
/// The report content (issue #8) survives read → write → read as a CSV folder, a ZIP and a workbook, and a package
/// written before it existed still reads to the same dataset.
/// </summary>
public sealed class ReportContentRoundTripTests
{
    /// <summary><see cref="PackageFolder.Minimal"/> with every new file and column, and text a spreadsheet would run as a formula.</summary>
    private static PackageFolder EveryNewFile() => PackageFolder.Minimal()
        .With("realisasi.csv", "indikator,tahun,periode,nilai,faktor_pendukung,faktor_penghambat,solusi,status",
            "IKU1,2021,tw1,20,Dukungan pimpinan,,,dikembalikan",
            "IKU1,2021,tahunan,88,\"Koordinasi, \"\"rapat\"\"\nberkala\",=1+1,-Percepatan lelang,disetujui")
        .With("anggaran.csv", "kode,instansi,tahun,level,induk,uraian,pagu,realisasi,realisasi_tw1,realisasi_tw2,realisasi_tw3,realisasi_tw4",
            "P1,OPD,2021,program,,Program Kesejahteraan Rakyat,1000.00,900.50,100.50,200,,600.00",
            "P1.K1,OPD,2021,kegiatan,P1,Kegiatan A,1000,900,,,,")
        .With("pk.csv",
            "instansi,tahun,versi,pihak_pertama,nip_pihak_pertama,jabatan_pihak_pertama,status_pihak_pertama,pihak_kedua,nip_pihak_kedua,jabatan_pihak_kedua,status_pihak_kedua,tanggal,tempat",
            "OPD,2021,,Muhammad Sa'bani,19620128 198803 1 005,Sekretaris Daerah Prov. Kaltim,,\"Dr. Ir. H. Isran Noor, M.Si.\",,Gubernur Kalimantan Timur,,2021-08-20,Samarinda",
            "OPD,2022,2,+Budi,,@Plt Sekretaris Daerah,plt,Ali,,Gubernur,plh,2021-12-15,")
        .With("pk_program.csv", "instansi,tahun,uraian,pagu,anggaran", "OPD,2021,Program Kesejahteraan Rakyat,42801621900.00,P1", "OPD,2021,\"=HYPERLINK(\"\"x\"\")\",1,")
        .With("narasi.csv", "instansi,tahun,bagian,rencana,teks",
            "OPD,2021,kata_pengantar,,\"Puji syukur.\nParagraf kedua; \"\"kutip\"\".\"",
            "OPD,2021,analisis_sasaran,S1,- a) daftar yang dimulai tanda minus",
            "OPD,2021,penutup,,'=bukan rumus")
        .With("pegawai.csv", "instansi,tahun,jabatan,golongan,pendidikan,jenis_kelamin,jumlah",
            "OPD,2021,Kepala Biro,IV,,,9", "OPD,2021,Tenaga Honor/PTT,,SLTA,,143", "OPD,2021,,,,P,107")
        .With("sarana.csv", "instansi,tahun,jenis,jumlah,satuan,kondisi,keterangan",
            "OPD,2021,Tanah,3370.50,m²,Baik,Sertifikat", "OPD,2021,Telepon,4,Line,,\"(1 Internet, Telepon dan Fax)\"")
        .With("pembanding.csv", "indikator,tahun,nilai,sumber", "IKU1,2021,75.50,Rata-rata nasional", "IKU1,2021,-2.5,-Provinsi lain");

    [Theory]
    [InlineData("paket")]
    [InlineData("paket.xlsx")]
    public void Every_new_file_and_column_reads_back_equal_after_writing(string target)
    {
        using var source = EveryNewFile();
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
        (data.Agreements.Count, data.AgreementPrograms.Count, data.Narratives.Count, data.Staff.Count, data.Facilities.Count, data.Comparisons.Count)
            .ShouldBe((2, 2, 3, 3, 2, 2));
        data.Realisations[1].Analysis!.InhibitingFactors.ShouldBe("=1+1");
        data.Narratives[2].Text.ShouldBe("=bukan rumus");
        data.BudgetLines[0].Quarters.ShouldBe(new QuarterAmounts(100.50m, 200m, null, 600.00m));
    }

    [Fact]
    public void Every_new_file_reads_back_equal_from_a_zip()
    {
        using var source = EveryNewFile();
        var original = source.Read().Data!;
        using var zip = new MemoryStream();

        PackageWriter.WriteZip(original, zip);
        zip.Position = 0;
        var result = PackageReader.ReadZip(zip, "paket.zip");

        result.Messages().ShouldBeEmpty();
        result.Data!.WithoutOrigins().Equals(original.WithoutOrigins()).ShouldBeTrue();
        (result.Data.Agreements.Count, result.Data.Narratives.Count, result.Data.Comparisons.Count).ShouldBe((2, 3, 2));
    }

    [Fact]
    public void Round_trip_equality_notices_a_lost_analysis_status_or_quarter()
    {
        using var source = EveryNewFile();
        var original = source.Read().Data!;

        var withoutAnalysis = original with { Realisations = [.. original.Realisations.Select(r => r with { Analysis = null })] };
        var withoutStatus = original with { Realisations = [.. original.Realisations.Select(r => r with { Status = null })] };
        var withoutQuarters = original with { BudgetLines = [.. original.BudgetLines.Select(b => b with { Quarters = null })] };

        withoutAnalysis.Equals(original).ShouldBeFalse();
        withoutStatus.Equals(original).ShouldBeFalse();
        withoutQuarters.Equals(original).ShouldBeFalse();
    }

    [Fact]
    public void A_package_without_the_new_files_and_columns_reads_as_before()
    {
        using var old = PackageFolder.Empty();
        foreach (var file in new[] { "instansi", "rencana", "indikator", "target", "realisasi", "komponen", "anggaran", "evaluasi", "rekomendasi" })
        {
            File.Copy(Path.Combine(SamplePackage.Path, file + ".csv"), old.PathOf(file + ".csv"));
        }
        var expected = SamplePackage.Data with { Agreements = [], AgreementPrograms = [], Narratives = [], Staff = [], Facilities = [], Comparisons = [] };

        var result = old.Read();

        result.Messages().ShouldBeEmpty();
        var data = result.Data!;
        data.Equals(expected).ShouldBeTrue();
        data.Origins().ShouldBe(expected.Origins());
        data.Realisations.ShouldAllBe(r => r.Analysis == null && r.Status == null);
        data.BudgetLines.ShouldAllBe(b => b.Quarters == null);
    }

    [Fact]
    public void A_workbook_without_the_new_sheets_reads_as_before()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("lama.xlsx");
        Workbook.Write(path, Workbook.Minimal);
        using var csv = PackageFolder.Minimal();

        var result = PackageReader.Read(path);

        result.Messages().ShouldBeEmpty();
        result.Data!.WithoutOrigins().Equals(csv.Read().Data!.WithoutOrigins()).ShouldBeTrue();
        result.Data.Agreements.ShouldBeEmpty();
        result.Data.Narratives.ShouldBeEmpty();
    }

    [Fact]
    public void A_workbook_sheet_per_new_file_is_read_like_its_csv_file()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");
        Workbook.Write(path, [
            .. Workbook.Minimal,
            ("pegawai", ["instansi,tahun,jabatan,golongan,pendidikan,jenis_kelamin,jumlah", "OPD,2021,Kepala Biro,,,L,6", "OPD,2021,Kepala Biro,,,X,3"]),
            ("narasi", ["instansi,tahun,bagian,rencana,teks", "OPD,2021,penutup,,Demikian."]),
        ]);

        var result = PackageReader.Read(path);

        result.Messages().ShouldBe(["paket.xlsx[pegawai]:3:jenis_kelamin: nilai \"X\" tidak dikenal; gunakan salah satu: L, P"]);
        result.Data.ShouldBeNull();
    }

    /// <remarks>
    /// The writer leaves out the added files and columns that hold nothing, so the old files come back byte for byte; the
    /// new files the sample has are written as the sample writes them. Only skala.csv, which the sample leaves out, is added
    /// (header only), as before the report content existed.
    /// </remarks>
    [Fact]
    public void Writing_the_sample_gives_back_its_files_byte_for_byte()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket");

        PackageWriter.Write(SamplePackage.Data, path);

        var sample = Directory.GetFiles(SamplePackage.Path, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Directory.GetFiles(path).Select(Path.GetFileName).Order(StringComparer.Ordinal).ShouldBe([.. sample.Append("skala.csv").Order(StringComparer.Ordinal)]);
        foreach (var file in sample)
        {
            File.ReadAllText(Path.Combine(path, file!)).ShouldBe(File.ReadAllText(Path.Combine(SamplePackage.Path, file!)), file);
        }
    }

    [Fact]
    public void Writing_a_dataset_that_uses_one_added_column_writes_that_column_only()
    {
        using var source = PackageFolder.Minimal().With("realisasi.csv", "indikator,tahun,periode,nilai,status", "IKU1,2021,tahunan,88,draf");
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket");

        PackageWriter.Write(source.Read().Data!, path);

        File.ReadAllLines(Path.Combine(path, "realisasi.csv")).ShouldBe([
            "indikator,tahun,periode,nilai,teks,capaian_tercetak,catatan,status",
            "IKU1,2021,tahunan,88,,,,draf",
        ]);
        File.ReadAllLines(Path.Combine(path, "anggaran.csv")).ShouldBe(["kode,instansi,tahun,level,induk,uraian,rencana,indikator,pagu,realisasi,persen_tercetak"]);
        File.Exists(Path.Combine(path, "pk.csv")).ShouldBeFalse();
    }
}
