namespace Sakip.Cli.Tests.Commands;

public sealed class ReviewCommandTests
{
    [Fact]
    public void Reviu_of_a_workbook_shows_the_sheet_in_the_table_without_taking_it_for_markup()
    {
        using var folder = new TempFolder();
        var workbook = folder.PathOf("paket.xlsx");
        CliRun.Of("convert", SamplePackage.Path, workbook).ExitCode.ShouldBe(CliApp.Ok);

        var run = CliRun.Of("reviu", workbook);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.Output.ShouldContain("paket.xlsx[realisasi]");
        run.Output.ShouldContain("Reviu selesai: 4 angka tercetak tidak sesuai.");
    }

    [Fact]
    public void Reviu_as_csv_lists_exactly_the_four_disagreements_of_the_sample()
    {
        var run = CliRun.Of("reviu", SamplePackage.Path, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([
            "berkas,baris,kunci,kolom,tercetak,dihitung,selisih",
            "evaluasi.csv,7,SETDA / 2019 / final score,nilai,67.21,67.23,0.02",
            "realisasi.csv,6,KERJASAMA / 2021 / tw4,capaian_tercetak,111.11,222.22,111.11",
            "realisasi.csv,16,PEMBANGUNAN_TEPAT_WAKTU / 2021 / tw4,capaian_tercetak,140.57,,",
            "realisasi.csv,27,IKM_KERUMAHTANGGAAN / 2021 / tw4,capaian_tercetak,103.24,103.51,0.27",
        ]);
        run.Error.ShouldBeEmpty();
    }

    [Fact]
    public void Reviu_as_a_table_explains_each_disagreement_in_Indonesian_and_exits_0()
    {
        var run = CliRun.Of("reviu", SamplePackage.Path);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.Output.ShouldContain("Target Triwulan IV 2021; Capaian = 100,00 / 45 × 100 = 222,22");
        run.Output.ShouldContain("Capaian tidak dihitung: tidak ada target");
        run.Output.ShouldContain("Nilai akhir = 22,40 + 15,94 + 10,07 + 6,27 + 12,55 = 67,23");
        run.OutputLines[^1].ShouldBe("Reviu selesai: 4 angka tercetak tidak sesuai.");
    }

    [Fact]
    public void Reviu_says_so_when_every_printed_value_agrees()
    {
        using var package = TempFolder.MinimalPackage();

        var run = CliRun.Of("reviu", package.Path);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe(["Reviu selesai: semua angka tercetak sesuai dengan hasil hitung ulang."]);
    }

    [Fact]
    public void Reviu_as_csv_prints_only_the_header_when_every_printed_value_agrees()
    {
        using var package = TempFolder.MinimalPackage();

        var run = CliRun.Of("reviu", package.Path, "--format", "csv");

        run.OutputLines.ShouldBe(["berkas,baris,kunci,kolom,tercetak,dihitung,selisih"]);
    }

    [Fact]
    public void Reviu_of_an_invalid_package_prints_its_errors_and_exits_1()
    {
        using var package = TempFolder.MinimalPackage().With("target.csv", "indikator,tahun,jenis,nilai", "IKU9,2021,pk,80");

        var run = CliRun.Of("reviu", package.Path, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldBe(["target.csv:2:indikator: indikator \"IKU9\" tidak ditemukan", "Paket tidak valid: 1 kesalahan."]);
    }
}
