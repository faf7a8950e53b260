using Microsoft.Data.Sqlite;

namespace Sakip.Cli.Tests.Commands;

/// <summary><c>sakip evaluasi</c> on the sample package (evaluasi.csv: 37 units in 2021, SETDA's components 2019 and 2020) and from a database.</summary>
public sealed class EvaluationCommandTests : IDisposable
{
    private const string ScoresHeader = "instansi,tahun,nilai,predikat";
    private const string SummaryHeader = "tahun,jumlah,rata_rata,predikat_rata_rata,jumlah_min_b,persen_min_b,jumlah_min_bb,persen_min_bb";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"sakip-evaluasi-{Guid.NewGuid():N}");

    /// <remarks>
    /// The README of the sample: 2021 mean 66,47 (B), 28 of 37 at least B = 75,68 %. 2019 is the sum of SETDA's five
    /// components, 67,23, not the printed 67,21.
    /// </remarks>
    [Fact]
    public void Ringkasan_as_csv_gives_the_sample_recap_of_each_year()
    {
        var run = CliRun.Of("evaluasi", SamplePackage.Path, "--ringkasan", "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.Ok, run.Error);
        run.OutputLines.ShouldBe([
            SummaryHeader,
            "2019,1,67.23,B,1,100.00,0,0.00",
            "2020,1,59.14,CC,0,0.00,0,0.00",
            "2021,37,66.47,B,28,75.68,18,48.65",
        ]);
    }

    [Fact]
    public void Scores_as_csv_sum_the_components_and_sort_by_year_then_best_score()
    {
        var run = CliRun.Of("evaluasi", SamplePackage.Path, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.Ok, run.Error);
        run.OutputLines[0].ShouldBe(ScoresHeader);
        run.OutputLines[1..3].ShouldBe(["SETDA,2019,67.23,B", "SETDA,2020,59.14,CC"]);
        var rows2021 = run.OutputLines.Skip(1).Where(l => l.Split(',')[1] == "2021").ToList();
        rows2021.Count.ShouldBe(37);
        rows2021[0].ShouldBe("INSPEKTORAT,2021,79.15,BB");
        rows2021.ShouldContain("SETDA,2021,59.14,CC");
        var scores = rows2021.Select(l => decimal.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        scores.ShouldBe(scores.OrderByDescending(s => s).ToList());
        run.OutputLines.Skip(1).ShouldAllBe(l => l.Split(',', StringSplitOptions.None).Length == 4);
    }

    [Fact]
    public void Tahun_and_instansi_limit_the_rows()
    {
        var run = CliRun.Of("evaluasi", SamplePackage.Path, "--format", "csv", "--tahun", "2020", "--instansi", "SETDA");
        var none = CliRun.Of("evaluasi", SamplePackage.Path, "--format", "csv", "--tahun", "2018");

        run.OutputLines.ShouldBe([ScoresHeader, "SETDA,2020,59.14,CC"]);
        none.ExitCode.ShouldBe(CliApp.Ok);
        none.OutputLines.ShouldBe([ScoresHeader]);
    }

    [Fact]
    public void Tabel_is_the_default_with_Indonesian_numbers()
    {
        var scores = CliRun.Of("evaluasi", SamplePackage.Path, "--tahun", "2019");
        var summary = CliRun.Of("evaluasi", SamplePackage.Path, "--ringkasan", "--tahun", "2021");

        scores.ExitCode.ShouldBe(CliApp.Ok);
        scores.Output.ShouldContain("67,23");
        scores.Output.ShouldContain("Sekretariat Daerah Provinsi Kalimantan Timur");
        scores.OutputLines[^1].ShouldBe("1 nilai akhir evaluasi.");
        summary.Output.ShouldContain("66,47");
        summary.Output.ShouldContain("75,68");
        summary.OutputLines[^1].ShouldBe("Rekapitulasi 1 tahun.");
    }

    [Fact]
    public void Help_shows_the_package_as_optional_and_every_option()
    {
        var run = CliRun.Of("evaluasi", "--help");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.OutputLines.ShouldContain("  sakip evaluasi [<PAKET>] [opsi]");
        run.OutputLines.ShouldContain(line => line.StartsWith("  --format <tabel|csv>", StringComparison.Ordinal));
        run.OutputLines.ShouldContain(line => line.StartsWith("  --ringkasan", StringComparison.Ordinal));
        run.OutputLines.ShouldContain(line => line.StartsWith("  --instansi <KODE>", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_package_or_instansi_it_is_a_usage_error_and_an_unknown_unit_is_invalid_data()
    {
        var usage = CliRun.Of("evaluasi");
        var unknown = CliRun.Of("evaluasi", SamplePackage.Path, "--instansi", "TIDAK_ADA");

        usage.ExitCode.ShouldBe(CliApp.UsageError);
        usage.Error.ShouldContain("sebutkan PAKET, atau --instansi KODE");
        unknown.ExitCode.ShouldBe(CliApp.InvalidData);
        unknown.Error.ShouldContain("Instansi \"TIDAK_ADA\" tidak ada dalam paket.");
    }

    [Fact]
    public void From_the_database_it_gives_what_the_package_gives_for_that_unit()
    {
        var data = Path.Combine(folder, "data");
        CliRun.Of("import", SamplePackage.Path, "--data", data).ExitCode.ShouldBe(CliApp.Ok);

        var fromDb = CliRun.Of("evaluasi", "--instansi", "KALTIM", "--ringkasan", "--format", "csv", "--data", data);
        var setda = CliRun.Of("evaluasi", "--instansi", "SETDA", "--tahun", "2019", "--format", "csv", "--data", data);
        var unknown = CliRun.Of("evaluasi", "--instansi", "TIDAK_ADA", "--data", data);

        fromDb.ExitCode.ShouldBe(CliApp.Ok, fromDb.Error);
        fromDb.OutputLines.ShouldBe(CliRun.Of("evaluasi", SamplePackage.Path, "--ringkasan", "--format", "csv").OutputLines);
        setda.OutputLines.ShouldBe([ScoresHeader, "SETDA,2019,67.23,B"]);
        unknown.ExitCode.ShouldBe(CliApp.InvalidData);
        unknown.Error.ShouldContain("tidak ditemukan di basis data");
    }

    [Fact]
    public void Import_of_lke_answers_naming_an_unknown_template_is_refused_at_its_row_and_imports_nothing()
    {
        var package = Directory.CreateDirectory(Path.Combine(folder, "paket")).FullName;
        foreach (var file in Directory.GetFiles(SamplePackage.Path, "*.csv"))
        {
            File.Copy(file, Path.Combine(package, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(package, "lke.csv"), "instansi,tahun,templat,kriteria,nilai_usulan,nilai_penetapan,catatan\nSETDA,2021,tidak_ada,1.1.1,Y,,\n");
        var data = Path.Combine(folder, "data");

        var run = CliRun.Of("import", package, "--data", data);
        var scores = CliRun.Of("evaluasi", "--instansi", "KALTIM", "--data", data, "--format", "csv");

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.ErrorLines.ShouldContain("lke.csv:2:templat: Templat LKE \"tidak_ada\" tidak ada atau tidak aktif.");
        scores.ExitCode.ShouldBe(CliApp.InvalidData);
        scores.Error.ShouldContain("tidak ditemukan di basis data");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
