namespace Sakip.Cli.Tests;

/// <summary>The command tree: Indonesian help and usage errors (exit 2) before any package is read.</summary>
public sealed class CliAppTests
{
    [Fact]
    public void Help_on_the_root_lists_every_command_in_Indonesian()
    {
        var run = CliRun.Of("--help");

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.Error.ShouldBeEmpty();
        run.OutputLines.ShouldContain("Cara pakai:");
        run.OutputLines.ShouldContain("  sakip [perintah] [opsi]");
        run.OutputLines.ShouldContain("Opsi:");
        run.OutputLines.ShouldContain("Perintah:");
        foreach (var command in new[] { "validate", "capaian", "reviu", "convert" })
        {
            run.OutputLines.ShouldContain(line => line.StartsWith($"  {command} ", StringComparison.Ordinal));
        }
    }

    public static TheoryData<string[], string> CommandHelp => new()
    {
        { ["validate", "--help"], "  sakip validate <PAKET> [opsi]" },
        { ["capaian", "--help"], "  sakip capaian <PAKET> [opsi]" },
        { ["reviu", "-h"], "  sakip reviu <PAKET> [opsi]" },
        { ["convert", "--help"], "  sakip convert <PAKET> <KELUARAN> [opsi]" },
        { ["capaian", "bukan-paket", "--format", "xml", "--help"], "  sakip capaian <PAKET> [opsi]" },
    };

    [Theory, MemberData(nameof(CommandHelp))]
    public void Help_on_a_command_prints_its_usage_arguments_and_options_in_Indonesian(string[] args, string usage)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(CliApp.Ok);
        run.Error.ShouldBeEmpty();
        run.OutputLines.ShouldContain("Cara pakai:");
        run.OutputLines.ShouldContain(usage);
        run.OutputLines.ShouldContain("Argumen:");
        run.OutputLines.ShouldContain("Opsi:");
        run.OutputLines.ShouldContain(line => line.StartsWith("  <PAKET>", StringComparison.Ordinal) && line.EndsWith("Paket data SAKIP: folder berkas CSV atau satu buku kerja .xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_on_capaian_describes_its_options()
    {
        var run = CliRun.Of("capaian", "--help");

        run.OutputLines.ShouldContain(line => line.StartsWith("  --tahun <TAHUN>", StringComparison.Ordinal) && line.EndsWith("Hanya tahun ini", StringComparison.Ordinal));
        run.OutputLines.ShouldContain(line => line.StartsWith("  --instansi <KODE>", StringComparison.Ordinal));
        run.OutputLines.ShouldContain(line => line.StartsWith("  --per <indikator|sasaran>", StringComparison.Ordinal));
        run.OutputLines.ShouldContain(line => line.StartsWith("  --format <table|csv|json>", StringComparison.Ordinal));
    }

    public static TheoryData<string[], string[]> UsageErrors => new()
    {
        {
            [],
            ["Kesalahan penggunaan: perintah belum diberikan (validate, capaian, reviu, evaluasi, convert, import, export, db, user, lkjip, pk atau monev).", "Lihat 'sakip --help'."]
        },
        {
            ["periksa", "paket"],
            [
                "Kesalahan penggunaan: perintah belum diberikan (validate, capaian, reviu, evaluasi, convert, import, export, db, user, lkjip, pk atau monev).",
                "Kesalahan penggunaan: perintah atau argumen 'periksa' tidak dikenal.",
                "Kesalahan penggunaan: perintah atau argumen 'paket' tidak dikenal.",
                "Lihat 'sakip --help'.",
            ]
        },
        {
            ["validate"],
            ["Kesalahan penggunaan: argumen wajib untuk perintah 'validate' belum diisi.", "Lihat 'sakip validate --help'."]
        },
        {
            ["db"],
            ["Kesalahan penggunaan: perintah belum diberikan (migrate).", "Lihat 'sakip db --help'."]
        },
        {
            ["convert", "paket"],
            ["Kesalahan penggunaan: argumen wajib untuk perintah 'convert' belum diisi.", "Lihat 'sakip convert --help'."]
        },
        {
            ["capaian", "paket", "--tahun", "abc"],
            ["Kesalahan penggunaan: nilai 'abc' untuk '--tahun' tidak valid.", "Lihat 'sakip capaian --help'."]
        },
        {
            ["capaian", "paket", "--tahun"],
            ["Kesalahan penggunaan: opsi '--tahun' memerlukan nilai.", "Lihat 'sakip capaian --help'."]
        },
        {
            ["capaian", "paket", "--format", "xml"],
            ["Kesalahan penggunaan: nilai 'xml' tidak dikenal; gunakan salah satu dari: 'table', 'csv', 'json'.", "Lihat 'sakip capaian --help'."]
        },
        {
            ["capaian", "paket", "--per", "program"],
            ["Kesalahan penggunaan: nilai 'program' tidak dikenal; gunakan salah satu dari: 'indikator', 'sasaran'.", "Lihat 'sakip capaian --help'."]
        },
        {
            ["reviu", "paket", "--format", "json"],
            ["Kesalahan penggunaan: nilai 'json' tidak dikenal; gunakan salah satu dari: 'table', 'csv'.", "Lihat 'sakip reviu --help'."]
        },
        {
            ["validate", "paket", "--tahun", "2021"],
            ["Kesalahan penggunaan: perintah atau argumen '--tahun' tidak dikenal.", "Kesalahan penggunaan: perintah atau argumen '2021' tidak dikenal.", "Lihat 'sakip validate --help'."]
        },
    };

    /// <remarks>A usage error is found before the package is read, so "paket" need not exist.</remarks>
    [Theory, MemberData(nameof(UsageErrors))]
    public void A_usage_error_exits_2_with_an_Indonesian_message_and_a_pointer_to_help(string[] args, string[] expected)
    {
        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(CliApp.UsageError);
        run.ErrorLines.ShouldBe(expected);
        run.Output.ShouldBeEmpty();
    }
}
