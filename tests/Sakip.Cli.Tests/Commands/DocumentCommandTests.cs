using DocumentFormat.OpenXml.Packaging;

namespace Sakip.Cli.Tests.Commands;

/// <summary><c>sakip lkjip|pk|monev</c> from a package and from the database; the format follows the extension.</summary>
public sealed class DocumentCommandTests : IDisposable
{
    readonly TempFolder folder = new();

    [Theory]
    [InlineData("lkjip", "LAPORAN KINERJA")]
    [InlineData("pk", "PERJANJIAN KINERJA")]
    [InlineData("monev", "TRIWULAN")]
    public void A_document_of_one_unit_from_a_package_is_a_Word_file_with_its_title(string command, string title)
    {
        var output = folder.PathOf($"{command}.docx");

        var run = CliRun.Of(command, "--paket", SamplePackage.Path, "--instansi", "SETDA", "--tahun", "2021", "--out", output);

        run.ExitCode.ShouldBe(CliApp.Ok, run.Error);
        using var word = WordprocessingDocument.Open(output, false);
        word.MainDocumentPart!.Document!.InnerText.ToUpperInvariant().ShouldContain(title);
    }

    [Fact]
    public void The_html_format_follows_the_extension()
    {
        var output = folder.PathOf("lkjip.html");

        var run = CliRun.Of("lkjip", "--paket", SamplePackage.Path, "--instansi", "SETDA", "--tahun", "2021", "--out", output);

        run.ExitCode.ShouldBe(CliApp.Ok, run.Error);
        File.ReadAllText(output).ShouldContain("BAB III");
    }

    [Fact]
    public void Every_unit_with_data_gets_a_file_and_the_progress_names_each()
    {
        var run = CliRun.Of("pk", "--paket", SamplePackage.Path, "--tahun", "2021", "--semua", "--out", folder.PathOf("semua"), "--format", "html");

        run.ExitCode.ShouldBe(CliApp.Ok, run.Error);
        var files = Directory.GetFiles(folder.PathOf("semua"));
        files.Length.ShouldBeGreaterThan(0);
        files.ShouldAllBe(f => f.EndsWith(".html", StringComparison.Ordinal));
        run.Output.ShouldContain($"[{files.Length}/{files.Length}]");
        run.OutputLines[^1].ShouldBe($"Selesai: {files.Length} berkas.");
    }

    [Fact]
    public void From_the_database_after_an_import()
    {
        var data = folder.PathOf("data");
        CliRun.Of("import", SamplePackage.Path, "--data", data).ExitCode.ShouldBe(CliApp.Ok);
        var output = folder.PathOf("lkjip.xlsx");

        var run = CliRun.Of("lkjip", "--instansi", "SETDA", "--tahun", "2021", "--out", output, "--data", data);

        run.ExitCode.ShouldBe(CliApp.Ok, run.Error);
        using var workbook = SpreadsheetDocument.Open(output, false);
        workbook.WorkbookPart!.Workbook!.Sheets!.ChildElements.Count.ShouldBeGreaterThan(3);
    }

    [Theory]
    [InlineData("--instansi", "SETDA", "--out", "x.txt", "ekstensi berkas")]
    [InlineData("--out", "x.docx", "", "", "sebutkan --instansi")]
    [InlineData("--instansi", "SETDA", "--semua", "--out", "--semua dan --instansi")]
    public void Options_that_do_not_fit_are_a_usage_error(string a, string b, string c, string d, string message)
    {
        string[] args = ["lkjip", "--paket", SamplePackage.Path, "--tahun", "2021", .. new[] { a, b, c, d }.Where(x => x != "")];
        if (args[^1] == "--out")
        {
            args = [.. args, folder.PathOf("semua")];
        }

        var run = CliRun.Of(args);

        run.ExitCode.ShouldBe(CliApp.UsageError);
        run.Error.ShouldContain(message);
    }

    [Fact]
    public void An_unknown_unit_exits_1_and_writes_nothing()
    {
        var output = folder.PathOf("x.docx");

        var run = CliRun.Of("lkjip", "--paket", SamplePackage.Path, "--instansi", "TIDAK_ADA", "--tahun", "2021", "--out", output);

        run.ExitCode.ShouldBe(CliApp.InvalidData);
        run.Error.ShouldContain("\"TIDAK_ADA\" tidak ada dalam paket");
        File.Exists(output).ShouldBeFalse();
    }

    public void Dispose() => folder.Dispose();
}
