using System.Text.Json;

namespace Sakip.Cli.Tests.Commands;

public sealed class CapaianCommandTests
{
    private const string IndicatorHeader = "indikator,tahun,periode,target,realisasi,capaian,kategori";

    private static string[] Keys(CliRun run) =>
        [.. run.OutputLines.Skip(1).Select(line => string.Join(',', line.Split(',')[..3]))];

    public static TheoryData<string> KnownRows => new()
    {
        "EKPPD,2021,tw2,3.095,3.0885,99.79,Sangat Tinggi",
        "EKPPD,2021,tahunan,3.095,3.0885,99.79,Sangat Tinggi",
        "KERJASAMA,2021,tw4,45,100.00,222.22,Sangat Tinggi",
        "KERJASAMA,2021,tahunan,90,100.00,111.11,Sangat Tinggi",
        "PEMBANGUNAN_TEPAT_WAKTU,2021,tahunan,70,98.40,140.57,Sangat Tinggi",
        "SAKIP_MIN_B,2021,tw2,77,75.68,98.29,Sangat Tinggi",
        "IKM_KERUMAHTANGGAAN,2021,tw4,77.10,79.81,103.51,Sangat Tinggi",
        "IKM_PD_GT80,2020,tahunan,68,62.34,91.68,Sangat Tinggi",
    };

    [Theory, MemberData(nameof(KnownRows))]
    public void Capaian_as_csv_prints_the_known_row(string row)
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines[0].ShouldBe(IndicatorHeader);
        run.OutputLines.ShouldContain(row);
    }

    [Fact]
    public void Capaian_prints_a_row_only_where_a_target_and_a_realisation_exist()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv", "--tahun", "2021");

        Keys(run).ShouldBe([
            "EKPPD,2021,tw2", "EKPPD,2021,tahunan",
            "KERJASAMA,2021,tw4", "KERJASAMA,2021,tahunan",
            "PRODUK_HUKUM,2021,tw4", "PRODUK_HUKUM,2021,tahunan",
            "KESRA,2021,tw4", "KESRA,2021,tahunan",
            "PEREKONOMIAN,2021,tw4", "PEREKONOMIAN,2021,tahunan",
            "PEMBANGUNAN_TEPAT_WAKTU,2021,tahunan",
            "ITKP,2021,tw4", "ITKP,2021,tahunan",
            "SAKIP_MIN_B,2021,tw2", "SAKIP_MIN_B,2021,tahunan",
            "INDEKS_KELEMBAGAAN,2021,tw4", "INDEKS_KELEMBAGAAN,2021,tahunan",
            "IKM_KERUMAHTANGGAAN,2021,tw4", "IKM_KERUMAHTANGGAAN,2021,tahunan",
            "IKM_ADPIM,2021,tw4", "IKM_ADPIM,2021,tahunan",
            "IKM_PD_GT80,2021,tw4", "IKM_PD_GT80,2021,tahunan",
        ]);
        run.OutputLines.Skip(1).ShouldAllBe(line => line.Split(',', StringSplitOptions.None).Length == 7);
    }

    [Fact]
    public void Capaian_with_tahun_keeps_only_that_year()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv", "--tahun", "2020");

        Keys(run).ShouldBe([
            "EKPPD,2020,tahunan", "KERJASAMA,2020,tahunan", "KESRA,2020,tahunan", "SAKIP_MIN_B,2020,tahunan", "INDEKS_KELEMBAGAAN,2020,tahunan",
            "IKM_KERUMAHTANGGAAN,2020,tahunan", "IKM_ADPIM,2020,tahunan", "IKM_PD_GT80,2020,tahunan",
        ]);
    }

    [Fact]
    public void Capaian_for_a_year_without_data_prints_only_the_header()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv", "--tahun", "2019");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([IndicatorHeader]);
    }

    [Theory]
    [InlineData("SETDA")]
    [InlineData("KALTIM")]
    public void Capaian_for_a_unit_includes_the_plan_elements_of_the_unit_and_those_below_it(string unit)
    {
        var all = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv");

        var scoped = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv", "--instansi", unit);

        scoped.ExitCode.ShouldBe(CliApp.Ok);
        scoped.Output.ShouldBe(all.Output);
        scoped.OutputLines.Length.ShouldBe(32);
    }

    [Theory]
    [InlineData("INSPEKTORAT")]
    [InlineData("BAPPEDA")]
    public void Capaian_for_a_unit_outside_the_SETDA_subtree_has_no_rows(string unit)
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv", "--instansi", unit);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([IndicatorHeader]);
    }

    [Fact]
    public void Capaian_for_an_unknown_unit_exits_1()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "csv", "--instansi", "DINAS_X");

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldBe(["Instansi \"DINAS_X\" tidak ada dalam paket."]);
    }

    [Fact]
    public void Capaian_per_sasaran_prints_the_mean_of_each_sasaran()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--per", "sasaran", "--format", "csv", "--tahun", "2021");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([
            "rencana,tahun,capaian,kategori",
            "S1,2021,102.69,Sangat Tinggi",
            "S2,2021,115.49,Sangat Tinggi",
            "S3,2021,100.76,Sangat Tinggi",
            "S4,2021,106.39,Sangat Tinggi",
        ]);
    }

    [Fact]
    public void Capaian_as_json_gives_exact_numbers_with_their_explanation()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "json", "--tahun", "2021");

        run.ExitCode.ShouldBe(CliApp.Ok);
        using var json = JsonDocument.Parse(run.Output);
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.Count.ShouldBe(23);
        var row = rows.Single(r => r.GetProperty("indikator").GetString() == "KERJASAMA" && r.GetProperty("periode").GetString() == "tw4");
        row.GetProperty("target").GetDecimal().ShouldBe(45m);
        row.GetProperty("dasar_target").GetString().ShouldBe("Target Triwulan IV 2021");
        row.GetProperty("capaian").GetDecimal().ShouldBe(100m / 45m * 100m);
        row.GetProperty("kategori").GetString().ShouldBe("Sangat Tinggi");
        var capaian = row.GetProperty("penjelasan").GetProperty("capaian");
        capaian.GetProperty("rumus").GetString().ShouldBe("R / T × 100");
        capaian.GetProperty("metode").GetString().ShouldNotBeNullOrWhiteSpace();
        capaian.GetProperty("masukan").EnumerateArray()
            .Select(i => (i.GetProperty("simbol").GetString(), i.GetProperty("nilai").GetRawText()))
            .ShouldBe([("R", "100.00"), ("T", "45")]);
        row.GetProperty("penjelasan").GetProperty("realisasi").GetProperty("metode").GetString().ShouldBe("Realisasi Triwulan IV 2021 sesuai data");
    }

    [Fact]
    public void Capaian_as_json_explains_a_realisation_computed_from_its_components()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--format", "json", "--tahun", "2021");

        using var json = JsonDocument.Parse(run.Output);
        var row = json.RootElement.EnumerateArray()
            .Single(r => r.GetProperty("indikator").GetString() == "SAKIP_MIN_B" && r.GetProperty("periode").GetString() == "tahunan");
        var values = row.GetProperty("penjelasan").GetProperty("realisasi").GetProperty("masukan").EnumerateArray()
            .Select(i => i.GetProperty("nilai").GetDecimal());
        values.ShouldBe([28m, 37m]);
        Math.Round(row.GetProperty("capaian").GetDecimal(), 2, MidpointRounding.AwayFromZero).ShouldBe(98.28m);
    }

    [Fact]
    public void Capaian_per_sasaran_as_json_explains_the_mean()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--per", "sasaran", "--format", "json", "--tahun", "2021");

        using var json = JsonDocument.Parse(run.Output);
        var s1 = json.RootElement.EnumerateArray().Single(r => r.GetProperty("rencana").GetString() == "S1");
        s1.GetProperty("penjelasan").GetProperty("rumus").GetString().ShouldBe("(C1 + C2 + C3 + C4) / 4");
        s1.GetProperty("penjelasan").GetProperty("masukan").EnumerateArray().Select(i => i.GetProperty("nama").GetString())
            .ShouldBe(["Capaian EKPPD", "Capaian KERJASAMA", "Capaian PRODUK_HUKUM", "Capaian KESRA"]);
        Math.Round(s1.GetProperty("capaian").GetDecimal(), 2, MidpointRounding.AwayFromZero).ShouldBe(102.69m);
    }

    [Fact]
    public void Capaian_as_a_table_shows_figures_in_Indonesian_notation()
    {
        var run = CliRun.Of("capaian", SamplePackage.Path, "--tahun", "2021");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldContain(line => line.Contains("KERJASAMA", StringComparison.Ordinal)
            && line.Contains("Triwulan IV", StringComparison.Ordinal) && line.Contains("222,22", StringComparison.Ordinal));
        run.Output.ShouldContain("Capaian (%)");
        run.OutputLines[^1].ShouldBe("23 baris capaian.");
    }

    [Fact]
    public void Capaian_of_an_invalid_package_prints_its_errors_and_exits_1()
    {
        using var package = TempFolder.MinimalPackage().With("realisasi.csv", "indikator,tahun,periode,nilai", "IKU1,2021,setahun,88");

        var run = CliRun.Of("capaian", package.Path, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.Output.ShouldBeEmpty();
        run.ErrorLines.ShouldBe([
            "realisasi.csv:2:periode: nilai \"setahun\" tidak dikenal; gunakan salah satu: tw1, tw2, tw3, tw4, tahunan",
            "Paket tidak valid: 1 kesalahan.",
        ]);
    }

    [Fact]
    public void Capaian_prints_warnings_to_standard_error_and_data_to_standard_output()
    {
        using var package = TempFolder.MinimalPackage().With("catatan.csv", "isi", "x");

        var run = CliRun.Of("capaian", package.Path, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldBe([IndicatorHeader, "IKU1,2021,tahunan,80,88,110.00,Sangat Tinggi"]);
        run.ErrorLines.ShouldBe(["peringatan: catatan.csv: berkas tidak dikenal dalam paket data v1, diabaikan"]);
    }
}
