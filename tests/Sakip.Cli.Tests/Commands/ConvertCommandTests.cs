namespace Sakip.Cli.Tests.Commands;

public sealed class ConvertCommandTests
{
    private static readonly string[] SampleFiles =
        ["anggaran.csv", "evaluasi.csv", "indikator.csv", "instansi.csv", "komponen.csv", "realisasi.csv", "rekomendasi.csv", "rencana.csv", "target.csv"];

    [Fact]
    public void Convert_csv_to_xlsx_and_back_gives_a_valid_package_with_the_sample_s_exact_files()
    {
        using var folder = new TempFolder();
        var workbook = folder.PathOf("paket.xlsx");
        var csv = folder.PathOf("kembali");

        var toXlsx = CliRun.Of("convert", SamplePackage.Path, workbook);
        var validXlsx = CliRun.Of("validate", workbook);
        var toCsv = CliRun.Of("convert", workbook, csv);
        var validCsv = CliRun.Of("validate", csv);

        toXlsx.ExitCode.ShouldBe(CliApp.Ok);
        toXlsx.OutputLines.ShouldBe([$"Paket ditulis ke {workbook}."]);
        validXlsx.ExitCode.ShouldBe(CliApp.Ok);
        toCsv.ExitCode.ShouldBe(CliApp.Ok);
        validCsv.ExitCode.ShouldBe(CliApp.Ok);
        validCsv.Output.ShouldBe(CliRun.Of("validate", SamplePackage.Path).Output);
        foreach (var file in SampleFiles)
        {
            File.ReadAllText(Path.Combine(csv, file)).ShouldBe(File.ReadAllText(Path.Combine(SamplePackage.Path, file)), file);
        }
        File.ReadAllText(Path.Combine(csv, "skala.csv")).ShouldBe("skala,label,batas_bawah,batas_atas\n");
    }

    [Fact]
    public void Convert_gives_the_same_review_from_the_workbook_as_from_the_csv_folder_but_names_sheets()
    {
        using var folder = new TempFolder();
        var workbook = folder.PathOf("paket.xlsx");
        CliRun.Of("convert", SamplePackage.Path, workbook).ExitCode.ShouldBe(CliApp.Ok);

        var review = CliRun.Of("reviu", workbook, "--format", "csv");

        review.OutputLines.ShouldBe([
            "berkas,baris,kunci,kolom,tercetak,dihitung,selisih",
            "paket.xlsx[evaluasi],7,SETDA / 2019 / final score,nilai,67.21,67.23,0.02",
            "paket.xlsx[realisasi],6,KERJASAMA / 2021 / tw4,capaian_tercetak,111.11,222.22,111.11",
            "paket.xlsx[realisasi],16,PEMBANGUNAN_TEPAT_WAKTU / 2021 / tw4,capaian_tercetak,140.57,,",
            "paket.xlsx[realisasi],27,IKM_KERUMAHTANGGAAN / 2021 / tw4,capaian_tercetak,103.24,103.51,0.27",
        ]);
    }

    [Fact]
    public void Convert_of_an_invalid_package_writes_nothing_and_exits_1()
    {
        using var package = TempFolder.MinimalPackage().With("target.csv", "indikator,tahun,jenis,nilai", "IKU9,2021,pk,80");
        var workbook = package.PathOf("paket.xlsx");

        var run = CliRun.Of("convert", package.Path, workbook);

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.ErrorLines.ShouldBe(["target.csv:2:indikator: indikator \"IKU9\" tidak ditemukan", "Paket tidak valid: 1 kesalahan."]);
        File.Exists(workbook).ShouldBeFalse();
    }

    [Fact]
    public void Convert_to_a_folder_path_that_is_a_file_reports_it_and_exits_1()
    {
        using var folder = new TempFolder().With("keluaran", "bukan folder");

        var run = CliRun.Of("convert", SamplePackage.Path, folder.PathOf("keluaran"));

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("Gagal membaca atau menulis berkas: ");
    }

    [Fact]
    public void Convert_to_a_workbook_in_a_missing_folder_reports_it_and_exits_1()
    {
        using var folder = new TempFolder();

        var run = CliRun.Of("convert", SamplePackage.Path, Path.Combine(folder.Path, "tidak-ada", "paket.xlsx"));

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.ErrorLines.ShouldHaveSingleItem().ShouldStartWith("Gagal membaca atau menulis berkas: ");
    }
}
