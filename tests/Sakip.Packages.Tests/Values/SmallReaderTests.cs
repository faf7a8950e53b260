using Sakip.Packages.Values;

namespace Sakip.Packages.Tests.Values;

public sealed class SmallReaderTests
{
    [Theory]
    [InlineData("2024", 2024)]
    [InlineData(" 1900 ", 1900)]
    [InlineData("2100", 2100)]
    [InlineData("", null)]
    [InlineData("-", null)]
    [InlineData(null, null)]
    public void Year_reads_four_plausible_digits(string? text, int? expected)
    {
        var read = YearReader.Read(text);

        read.ShouldBe(new CellInteger(expected, null));
    }

    [Theory]
    [InlineData("24")]
    [InlineData("20244")]
    [InlineData("1899")]
    [InlineData("2101")]
    [InlineData("2024.0")]
    [InlineData("2.024")]
    [InlineData("tahun 2024")]
    [InlineData("٢٠٢٤")]
    public void Year_reports_anything_else(string text)
    {
        var read = YearReader.Read(text);

        read.Value.ShouldBeNull();
        read.Problem.ShouldBe($"tahun harus empat angka antara 1900 dan 2100: \"{text.Trim()}\"");
    }

    [Theory]
    [InlineData("7", 7, null)]
    [InlineData(" -3 ", -3, null)]
    [InlineData("+12", 12, null)]
    [InlineData("N/A", null, null)]
    [InlineData("1.5", null, "tidak dapat dibaca sebagai bilangan bulat: \"1.5\"")]
    [InlineData("satu", null, "tidak dapat dibaca sebagai bilangan bulat: \"satu\"")]
    [InlineData("-", null, null)]
    [InlineData("--1", null, "tidak dapat dibaca sebagai bilangan bulat: \"--1\"")]
    [InlineData("99999999999", null, "bilangan bulat terlalu besar: \"99999999999\"")]
    public void Integer_reads_plain_digits(string text, int? value, string? problem) =>
        IntegerReader.Read(text).ShouldBe(new CellInteger(value, problem));

    [Theory]
    [InlineData("naik", "naik", null)]
    [InlineData(" TURUN ", "turun", null)]
    [InlineData("Stabil", "stabil", null)]
    [InlineData("", null, null)]
    [InlineData("naek", null, "nilai \"naek\" tidak dikenal; gunakan salah satu: naik, turun, stabil")]
    [InlineData("naik turun", null, "nilai \"naik turun\" tidak dikenal; gunakan salah satu: naik, turun, stabil")]
    public void Keyword_matches_the_list_ignoring_case(string text, string? value, string? problem) =>
        KeywordReader.Read(text, ["naik", "turun", "stabil"]).ShouldBe(new CellKeyword(value, problem));
}
