using System.Text;
using Sakip.Packages;
using Sakip.Packages.Tables;
using Sakip.Packages.Xlsx;

namespace Sakip.Cli.Tests.Commands;

public sealed class ValidateCommandTests
{
    [Fact]
    public void Validate_accepts_the_sample_and_counts_what_it_holds()
    {
        var run = CliRun.Of("validate", SamplePackage.Path);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe(["Paket valid: 47 instansi, 14 indikator, 119 target, 33 realisasi, 251 baris anggaran."]);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_lists_every_error_as_file_line_column_message_and_exits_1()
    {
        using var package = TempFolder.MinimalPackage()
            .With("target.csv", "indikator,tahun,jenis,nilai", "IKU1,2021,pk,delapan puluh", "IKU9,2021,renstra,80")
            .With("realisasi.csv", "indikator,tahun,periode,nilai", "IKU1,21,tahunan,88");

        var run = CliRun.Of("validate", package.Path);

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.OutputLines.ShouldBe([
            "target.csv:2:nilai: tidak dapat dibaca sebagai angka: \"delapan puluh\"",
            "realisasi.csv:2:tahun: tahun harus empat angka antara 1900 dan 2100: \"21\"",
            "target.csv:3:indikator: indikator \"IKU9\" tidak ditemukan",
            "Paket tidak valid: 3 kesalahan.",
        ]);
    }

    [Fact]
    public void Validate_prints_warnings_and_still_accepts_the_package()
    {
        using var package = TempFolder.MinimalPackage()
            .With("target.csv", "indikator,tahun,jenis,nilai,keterangan", "IKU1,2021,pk,80,Tabel 2.4")
            .With("catatan.csv", "isi", "x");

        var run = CliRun.Of("validate", package.Path);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([
            "peringatan: catatan.csv: berkas tidak dikenal dalam paket data v1, diabaikan",
            "peringatan: target.csv:1: kolom \"keterangan\" tidak dikenal, diabaikan",
            "Paket valid: 2 instansi, 1 indikator, 1 target, 1 realisasi, 0 baris anggaran.",
        ]);
    }

    [Fact]
    public void Validate_says_which_file_it_read_with_the_Indonesian_number_convention()
    {
        using var package = TempFolder.MinimalPackage()
            .With("target.csv", "indikator,tahun,jenis,nilai", "IKU1,2021,pk,\"1.234,5\"", "IKU1,2022,pk,1.300");

        var run = CliRun.Of("validate", package.Path);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldContain("info: target.csv: angka dibaca dengan format Indonesia (titik pemisah ribuan, koma desimal)");
    }

    public static TheoryData<string, string, string> BrokenFiles => new()
    {
        { "target.csv", "indikator,tahun,jenis,nilai\nIKU1,2021,pk,\"80\n", "target.csv:2:4: tanda kutip tidak ditutup" },
        { "realisasi.csv", "", "realisasi.csv:1: berkas kosong: tidak ada baris header" },
        { "realisasi.csv", "indicator,year,period,value\nIKU1,2021,tahunan,88\n", "realisasi.csv:1: kolom wajib \"indikator\" tidak ada di baris judul" },
        {
            "instansi.csv", "kode,nama,induk,jenis\nPEMDA,Pemerintah Provinsi,OPD,pemda\nOPD,Sekretariat Daerah,PEMDA,perangkat_daerah\n",
            "instansi.csv:2:induk: induk melingkar: \"PEMDA\" menjadi induk dari dirinya sendiri melalui rantai induk"
        },
        {
            "rekomendasi.csv", $"instansi,tahun,nomor,rekomendasi\nOPD,2020,1.a,{new string('x', 10 * 1024 * 1024)}\n",
            "rekomendasi.csv:2:4: sel lebih panjang dari 1048576 karakter"
        },
    };

    [Theory, MemberData(nameof(BrokenFiles))]
    public void Validate_reports_a_broken_file_and_exits_1(string file, string text, string expected)
    {
        using var package = TempFolder.MinimalPackage().WithBytes(file, Encoding.UTF8.GetBytes(text));

        var run = CliRun.Of("validate", package.Path);

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.OutputLines[0].ShouldBe(expected);
        run.OutputLines[^1].ShouldStartWith("Paket tidak valid: ");
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Validate_warns_about_an_extra_sheet_of_a_workbook_and_exits_0()
    {
        using var folder = new TempFolder();
        var workbook = folder.PathOf("paket.xlsx");
        PackageWriter.Write(PackageReader.Read(SamplePackage.Path).Data!, workbook);
        var sheets = XlsxReader.ReadFile(workbook).Tables.Append(Table.Create("Catatan", ["isi"], [["disusun dari LKjIP 2021"]])).ToList();
        XlsxWriter.WriteFile(workbook, sheets);

        var run = CliRun.Of("validate", workbook);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([
            "peringatan: paket.xlsx[Catatan]: lembar kerja tidak dikenal dalam paket data v1, diabaikan",
            "Paket valid: 47 instansi, 14 indikator, 119 target, 33 realisasi, 251 baris anggaran.",
        ]);
    }

    [Fact]
    public void Validate_reports_a_corrupt_workbook_and_exits_1()
    {
        using var folder = new TempFolder().With("rusak.xlsx", "kode,nama", "PEMDA,Pemerintah Provinsi");

        var run = CliRun.Of("validate", folder.PathOf("rusak.xlsx"));

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.OutputLines.ShouldBe([
            "rusak.xlsx:1: bukan workbook .xlsx yang dapat dibaca (berkas rusak, atau format lain seperti .xls)",
            "Paket tidak valid: 1 kesalahan.",
        ]);
    }

    [Fact]
    public void Validate_reports_a_file_that_is_not_a_package_and_exits_1()
    {
        using var folder = new TempFolder().With("paket.txt", "bukan paket");
        var path = folder.PathOf("paket.txt");

        var run = CliRun.Of("validate", path);

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.OutputLines.ShouldBe([$"{path}: paket harus berupa folder berkas CSV atau berkas .xlsx", "Paket tidak valid: 1 kesalahan."]);
    }

    [Fact]
    public void Validate_reports_a_missing_path_and_exits_1()
    {
        using var folder = new TempFolder();
        var path = folder.PathOf("tidak-ada");

        var run = CliRun.Of("validate", path);

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.OutputLines.ShouldBe([$"{path}: folder atau berkas paket tidak ditemukan", "Paket tidak valid: 1 kesalahan."]);
    }
}
