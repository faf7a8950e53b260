using Sakip.Packages.Tables;

namespace Sakip.Packages.Tests.Tables;

public sealed class TableTests
{
    [Theory]
    [InlineData(3, "realisasi.csv:12:3: tanda kutip tidak ditutup")]
    [InlineData(null, "realisasi.csv:12: tanda kutip tidak ditutup")]
    public void TableProblem_prints_file_line_and_optional_column(int? column, string expected) =>
        new TableProblem("realisasi.csv", 12, column, "tanda kutip tidak ditutup").ToString().ShouldBe(expected);

    [Theory]
    [InlineData("kode", 0)]
    [InlineData("KODE", 0)]
    [InlineData(" Nilai ", 1)]
    [InlineData("nilai", 1)]
    [InlineData("teks", -1)]
    [InlineData("", -1)]
    public void Header_lookup_ignores_case_and_surrounding_whitespace(string name, int expected) =>
        TableHeader.Create(["Kode", " NILAI ", ""]).IndexOf(name).ShouldBe(expected);

    [Fact]
    public void Header_allows_several_blank_names()
    {
        var header = TableHeader.Create(["kode", "", " "]);

        header.Count.ShouldBe(3);
    }

    [Fact]
    public void Header_rejects_a_duplicate_name_when_built_in_code()
    {
        var create = () => TableHeader.Create(["kode", "Kode "]);

        create.ShouldThrow<ArgumentException>();
    }

    [Fact]
    public void Create_rejects_a_row_of_the_wrong_width()
    {
        var create = () => Table.Create("t", ["a", "b"], [["1"]]);

        create.ShouldThrow<ArgumentException>();
    }

    [Fact]
    public void Cell_and_Problem_locate_a_column_by_name()
    {
        var table = Table.Create("realisasi", ["indikator", "nilai"], [["IKU-1", "abc"]]);
        var row = table.Rows[0];

        table.Cell(row, "NILAI").ShouldBe("abc");
        table.Cell(row, "teks").ShouldBeNull();
        table.Problem(row, "nilai", "tidak dapat dibaca sebagai angka: \"abc\"").ToString()
            .ShouldBe("realisasi:2:2: tidak dapat dibaca sebagai angka: \"abc\"");
    }
}
