using System.Text;
using Sakip.Packages.Csv;
using Sakip.Packages.Tables;

namespace Sakip.Packages.Tests.Csv;

public sealed class FormulaPrefixTests
{
    public static TheoryData<string, string> Written => new()
    {
        { "=HYPERLINK(\"http://contoh.test\",\"klik\")", "'=HYPERLINK(\"http://contoh.test\",\"klik\")" },
        { "+62 812 000", "'+62 812 000" },
        { "-1+1", "'-1+1" },
        { "@SUM(A1:A9)", "'@SUM(A1:A9)" },
        { "\t=1+1", "'\t=1+1" },
        { "\r=1+1", "'\r=1+1" },
        { "-", "'-" },
        { "'=sudah berapostrof", "''=sudah berapostrof" },
        { "'-5", "''-5" },
        { "-2.5", "-2.5" },
        { "+3.0885", "+3.0885" },
        { "-1.234,5", "-1.234,5" },
        { "-1E5", "-1E5" },
        { "100.00", "100.00" },
        { "'teks", "'teks" },
        { "a=b", "a=b" },
        { "", "" },
    };

    [Theory, MemberData(nameof(Written))]
    public void Protect_prefixes_formula_like_text_and_leaves_numbers(string cell, string expected) =>
        FormulaPrefix.Protect(cell).ShouldBe(expected);

    public static TheoryData<string, int> Read => new()
    {
        { "'=1+1", 1 },
        { "''=1+1", 1 },
        { "'@x", 1 },
        { "'\tx", 1 },
        { "'teks", 0 },
        { "'", 0 },
        { "''", 0 },
        { "=1+1", 0 },
        { "", 0 },
    };

    [Theory, MemberData(nameof(Read))]
    public void PrefixLength_is_one_only_for_an_apostrophe_before_a_formula_character(string cell, int expected) =>
        FormulaPrefix.PrefixLength(cell).ShouldBe(expected);

    [Fact]
    public void Csv_export_writes_no_cell_a_spreadsheet_would_run_as_a_formula()
    {
        var table = Table.Create("realisasi", ["indikator", "catatan"], [
            ["IKU-1", "=HYPERLINK(\"http://contoh.test\",\"klik\")"],
            ["IKU-2", "@SUM(A1:A9)"],
        ]);
        using var stream = new MemoryStream();

        CsvWriter.Write(stream, table);

        Encoding.UTF8.GetString(stream.ToArray()).ShouldBe(
            "indikator,catatan\n"
            + "IKU-1,\"'=HYPERLINK(\"\"http://contoh.test\"\",\"\"klik\"\")\"\n"
            + "IKU-2,'@SUM(A1:A9)\n");
    }

    [Fact]
    public void Csv_write_then_read_gives_back_formula_like_and_apostrophe_cells_exactly()
    {
        string[][] rows = [.. Written.Select(row => new[] { "IKU", (string)row[0] })];
        var table = Table.Create("realisasi", ["indikator", "catatan"], rows);
        using var stream = new MemoryStream();
        CsvWriter.Write(stream, table);
        stream.Position = 0;

        var read = CsvTableReader.Read(stream, "realisasi.csv");

        read.Problems.ShouldBeEmpty();
        read.Table!.Rows.Select(r => r.Cells).ShouldBe(rows);
    }

    [Fact]
    public void Csv_read_of_an_old_package_keeps_text_that_has_no_formula_prefix()
    {
        var read = CsvInput.Read("indikator,catatan\nIKU-1,'teks lama\nIKU-2,-2.5\nIKU-3,'=1+1\n", "realisasi.csv");

        read.Table!.Rows.Select(r => r.Cells[1]).ShouldBe(["'teks lama", "-2.5", "=1+1"]);
    }
}
