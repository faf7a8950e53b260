using Microsoft.Data.Sqlite;
using Sakip.Packages;

namespace Sakip.Cli.Tests.Commands;

/// <summary>The database commands on a SQLite file in a temporary folder of their own, passed with --data.</summary>
public sealed class DatabaseCommandsTests : IDisposable
{
    static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "samples", "kaltim-setda-2021");

    readonly string folder = Path.Combine(Path.GetTempPath(), $"sakip-cli-{Guid.NewGuid():N}");

    string Data => Path.Combine(folder, "data");

    [Fact]
    public void Db_migrate_creates_the_database()
    {
        var (code, output, _) = Run("db", "migrate", "--data", Data);

        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("Basis data mutakhir");
        File.Exists(Path.Combine(Data, "sakip.db")).ShouldBeTrue();
    }

    [Fact]
    public void Import_prints_the_per_file_summary_and_a_second_import_adds_nothing()
    {
        var (first, output, _) = Run("import", Sample, "--data", Data);
        var (second, again, _) = Run("import", Sample, "--data", Data);

        first.ShouldBe(CliApp.Ok);
        output.ShouldContain("realisasi.csv");
        output.ShouldNotContain("Impor selesai: 0 ditambah");
        second.ShouldBe(CliApp.Ok);
        again.ShouldContain("Impor selesai: 0 ditambah, 0 diubah.");
    }

    [Fact]
    public void Import_of_an_invalid_package_reports_file_line_column_and_exits_1()
    {
        var package = Directory.CreateDirectory(Path.Combine(folder, "salah")).FullName;
        File.WriteAllText(Path.Combine(package, "instansi.csv"), "kode,nama,induk,jenis,singkatan\nBARU,Unit Baru,TIDAK_ADA,unit_kerja,\n");

        var (code, _, error) = Run("import", package, "--data", Data);

        code.ShouldBe(CliApp.InvalidData);
        error.ShouldContain("instansi.csv:2:induk:");
        error.ShouldContain("Tidak ada data yang diimpor.");
    }

    [Fact]
    public void Export_writes_a_workbook_that_reads_back_and_an_unknown_unit_exits_1()
    {
        Run("import", Sample, "--data", Data).Code.ShouldBe(CliApp.Ok);
        var workbook = Path.Combine(folder, "setda.xlsx");

        var (code, output, _) = Run("export", "--instansi", "SETDA", "--tahun", "2021", workbook, "--data", Data);
        var (unknown, _, error) = Run("export", "--instansi", "TIDAK_ADA", Path.Combine(folder, "x"), "--data", Data);

        code.ShouldBe(CliApp.Ok, output);
        var read = PackageReader.Read(workbook);
        read.Errors.ShouldBeEmpty();
        read.Data!.BudgetLines.ShouldContain(b => b.Code == "UMUM.P1");
        unknown.ShouldBe(CliApp.InvalidData);
        error.ShouldContain("Instansi dengan kode \"TIDAK_ADA\" tidak ditemukan");
    }

    [Fact]
    public void User_add_prints_a_generated_password_once_and_refuses_a_duplicate_or_an_unknown_role()
    {
        Run("import", Sample, "--data", Data).Code.ShouldBe(CliApp.Ok);

        var (code, output, _) = Run("user", "add", "--role", "perencana", "--instansi", "SETDA", "baru@contoh.id", "--data", Data);
        var (duplicate, _, error) = Run("user", "add", "--role", "Perencana", "--instansi", "SETDA", "baru@contoh.id", "--password", "Rahasia-Baru-2024", "--data", Data);
        var (usage, _, _) = Run("user", "add", "--role", "Raja", "--instansi", "SETDA", "raja@contoh.id", "--data", Data);

        code.ShouldBe(CliApp.Ok);
        output.ShouldContain("Akun baru@contoh.id dibuat: Perencana, instansi SETDA.");
        output.ShouldMatch(@"Kata sandi: [A-Za-z0-9]{20}\s");
        duplicate.ShouldBe(CliApp.InvalidData);
        error.ShouldContain("sudah dipakai akun lain");
        usage.ShouldBe(CliApp.UsageError);
    }

    static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
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
