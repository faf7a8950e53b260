using System.Text;
using Sakip.Packages.Tests.Builders;

namespace Sakip.Packages.Tests.Reading;

/// <summary>Broken input a user can hand the reader: each gives a clear located message and never an exception.</summary>
public sealed class AdversarialPackageTests
{
    private const string UnreadableWorkbook = "bukan workbook .xlsx yang dapat dibaca (berkas rusak, atau format lain seperti .xls)";

    public static TheoryData<string, string[]> MalformedCsv => new()
    {
        {
            "indikator,tahun,jenis,nilai\nIKU1,2021,pk,\"80\nIKU1,2022,pk,85\n",
            ["target.csv:2:4: tanda kutip tidak ditutup"]
        },
        {
            "indikator,tahun,jenis,nilai\nIKU1,2021,pk,8\"0\"\n",
            ["target.csv:2:4: tanda kutip di tengah sel yang tidak diapit tanda kutip (apit sel dengan tanda kutip dan tulis tanda kutip di dalamnya dua kali)"]
        },
        {
            "indikator,tahun,jenis,nilai\n\"IKU1\" x,2021,pk,80\n",
            ["target.csv:2:1: ada teks setelah tanda kutip penutup sebelum koma"]
        },
        {
            "indikator,tahun,jenis,nilai\nIKU1,2021,pk,80,Tabel 2.4\n",
            ["target.csv:2: baris berisi 5 kolom, sedangkan header berisi 4 kolom"]
        },
        {
            "indikator,tahun,jenis,nilai,Nilai\nIKU1,2021,pk,80,80\n",
            ["target.csv:1:5: nama kolom \"Nilai\" ganda (sudah ada di kolom 4)"]
        },
    };

    [Theory, MemberData(nameof(MalformedCsv))]
    public void Read_reports_malformed_csv_at_its_line_and_field(string text, string[] expected)
    {
        using var package = PackageFolder.Minimal().WithBytes("target.csv", Encoding.UTF8.GetBytes(text));

        var result = package.Read();

        result.Messages().ShouldBe(expected);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_an_empty_file()
    {
        using var package = PackageFolder.Minimal().WithBytes("realisasi.csv", []);

        var result = package.Read();

        result.Messages().ShouldBe(["realisasi.csv:1: berkas kosong: tidak ada baris header"]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_each_required_column_of_a_wrong_header_and_warns_about_the_others()
    {
        using var package = PackageFolder.Minimal().With("realisasi.csv", "indicator,year,period,value", "IKU1,2021,tahunan,88");

        var result = package.Read();

        result.Messages().ShouldBe([
            "realisasi.csv:1: kolom wajib \"indikator\" tidak ada di baris judul",
            "realisasi.csv:1: kolom wajib \"tahun\" tidak ada di baris judul",
            "realisasi.csv:1: kolom wajib \"periode\" tidak ada di baris judul",
            "realisasi.csv:1: kolom wajib \"nilai\" tidak ada di baris judul",
            "peringatan: realisasi.csv:1: kolom \"indicator\" tidak dikenal, diabaikan",
            "peringatan: realisasi.csv:1: kolom \"year\" tidak dikenal, diabaikan",
            "peringatan: realisasi.csv:1: kolom \"period\" tidak dikenal, diabaikan",
            "peringatan: realisasi.csv:1: kolom \"value\" tidak dikenal, diabaikan",
        ]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_a_file_that_is_not_UTF_8()
    {
        using var package = PackageFolder.Minimal().WithBytes("instansi.csv",
            Encoding.Latin1.GetBytes("kode,nama,induk,jenis\nPEMDA,Pemerintah Provinsi,,pemda\nOPD,Sekretariat Daerah Cañon,PEMDA,perangkat_daerah\n"));

        var result = package.Read();

        // A row the CSV reader drops is gone before validation, so references to OPD are reported as well.
        result.Messages()[0].ShouldBe("instansi.csv:3:2: teks bukan UTF-8 yang sah (simpan berkas sebagai CSV UTF-8)");
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_binary_content_saved_as_csv_without_throwing()
    {
        var bytes = new byte[4096];
        new Random(2021).NextBytes(bytes);
        using var package = PackageFolder.Minimal().WithBytes("instansi.csv", bytes);

        var result = package.Read();

        result.Data.ShouldBeNull();
        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(p => p.Field.StartsWith("instansi.csv:", StringComparison.Ordinal) || p.Field.StartsWith("rencana.csv:", StringComparison.Ordinal));
    }

    [Fact(Timeout = 60_000)]
    public async Task Read_reports_a_10_MB_text_cell_and_still_reads_the_rest()
    {
        using var package = PackageFolder.Minimal().With("rekomendasi.csv",
            "instansi,tahun,nomor,rekomendasi",
            $"OPD,2020,1.a,{new string('x', 10 * 1024 * 1024)}",
            "OPD,2020,1.a,Perbaiki target");

        var result = await Task.Run(package.Read);

        result.Messages().ShouldBe(["rekomendasi.csv:2:4: sel lebih panjang dari 1048576 karakter"]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_warns_about_an_extra_sheet_of_a_workbook_and_keeps_the_package_valid()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");
        Workbook.Write(path, [.. Workbook.Minimal, ("catatan", ["isi", "bukan bagian paket"])]);

        var result = PackageReader.Read(path);

        result.Messages().ShouldBe(["peringatan: paket.xlsx[catatan]: lembar kerja tidak dikenal dalam paket data v1, diabaikan"]);
        result.Data!.Targets.Single().Origin.ShouldBe(new Core.Origin("paket.xlsx[target]", 2));
    }

    [Fact]
    public void Read_locates_problems_of_a_workbook_by_sheet_row_and_column()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");
        Workbook.Write(path, [.. Workbook.Minimal.Where(s => s.Sheet != "target"), ("target", ["indikator,tahun,jenis,nilai", "IKU1,2021,pk,delapan", "IKU9,2021,renstra,80"])]);

        var result = PackageReader.Read(path);

        result.Messages().ShouldBe([
            "paket.xlsx[target]:2:nilai: tidak dapat dibaca sebagai angka: \"delapan\"",
            "paket.xlsx[target]:3:indikator: indikator \"IKU9\" tidak ditemukan",
        ]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_an_empty_sheet_of_a_workbook()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");
        Workbook.Write(path, [.. Workbook.Minimal.Where(s => s.Sheet != "realisasi")]);
        var withEmptySheet = folder.PathOf("kosong.xlsx");
        Workbook.Write(withEmptySheet, [.. Workbook.Minimal.Where(s => s.Sheet != "realisasi"), ("realisasi", [""])]);

        var result = PackageReader.Read(withEmptySheet);

        result.Messages().ShouldBe(["kosong.xlsx[realisasi]:1: lembar kosong: tidak ada baris header"]);
        PackageReader.Read(path).IsValid.ShouldBeTrue();
    }

    public static TheoryData<byte[]> CorruptWorkbooks => new(
        "kode,nama\nPEMDA,Pemerintah Provinsi\n"u8.ToArray(),
        [],
        [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]);

    [Theory, MemberData(nameof(CorruptWorkbooks))]
    public void Read_reports_a_file_named_xlsx_that_is_not_a_workbook(byte[] bytes)
    {
        using var folder = PackageFolder.Empty().WithBytes("rusak.xlsx", bytes);

        var result = PackageReader.Read(folder.PathOf("rusak.xlsx"));

        result.Messages().ShouldBe([$"rusak.xlsx:1: {UnreadableWorkbook}"]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_a_truncated_workbook()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("paket.xlsx");
        Workbook.Write(path, Workbook.Minimal);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var result = PackageReader.Read(path);

        result.Data.ShouldBeNull();
        result.Errors.ShouldNotBeEmpty();
        result.Errors.ShouldAllBe(p => p.Field.StartsWith("paket.xlsx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("paket.txt")]
    [InlineData("target.csv")]
    [InlineData("paket.xls")]
    public void Read_reports_a_file_that_is_neither_a_folder_nor_a_workbook(string name)
    {
        using var folder = PackageFolder.Minimal().With(name, "indikator,tahun,jenis,nilai", "IKU1,2021,pk,80");
        var path = folder.PathOf(name);

        var result = PackageReader.Read(path);

        result.Messages().ShouldBe([$"{path}: paket harus berupa folder berkas CSV atau berkas .xlsx"]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_a_path_that_does_not_exist()
    {
        using var folder = PackageFolder.Empty();
        var path = folder.PathOf("tidak-ada");

        var result = PackageReader.Read(path);

        result.Messages().ShouldBe([$"{path}: folder atau berkas paket tidak ditemukan"]);
        result.Data.ShouldBeNull();
    }

    [Fact]
    public void Read_reports_a_folder_without_package_files()
    {
        using var folder = PackageFolder.Empty();

        var result = PackageReader.Read(folder.Path);

        result.Messages().ShouldBe([$"{folder.Path}: folder tidak berisi berkas paket data (instansi.csv, rencana.csv, …)"]);
        result.Data.ShouldBeNull();
    }
}
