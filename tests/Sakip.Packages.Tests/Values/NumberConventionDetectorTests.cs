using System.Globalization;
using Sakip.Packages.Tables;
using Sakip.Packages.Values;
using static Sakip.Packages.Values.NumberConvention;

namespace Sakip.Packages.Tests.Values;

public sealed class NumberConventionDetectorTests
{
    public static TheoryData<string?[], NumberConvention, string?, string?> Files => new()
    {
        { [], DecimalPoint, null, null },
        { ["1.234", "2.500", "12"], DecimalPoint, null, null },
        { ["1,234", "-", null, ""], DecimalPoint, null, null },
        { ["1.234", "6.099.177.000"], Indonesian, "6.099.177.000", null },
        { ["1.234", " 3,0885 "], Indonesian, "3,0885", null },
        { ["1.234,5"], Indonesian, "1.234,5", null },
        { ["Rp 4.934.463.708", "N/A"], Indonesian, "Rp 4.934.463.708", null },
        { ["99,79%"], Indonesian, "99,79%", null },
        { ["3,0885 *)"], Indonesian, "3,0885 *)", null },
        { ["3.0885", "1.234"], DecimalPoint, null, "3.0885" },
        { ["1,234,567"], DecimalPoint, null, "1,234,567" },
        { ["66 (peringkat 4)", "abc", "1.2.3"], DecimalPoint, null, null },
        { ["3.0885", "3,0885", "1.234"], Indonesian, "3,0885", "3.0885" },
    };

    [Theory, MemberData(nameof(Files))]
    public void Detect_chooses_Indonesian_only_on_unambiguous_evidence(
        string?[] cells, NumberConvention expected, string? indonesianExample, string? decimalPointExample)
    {
        var choice = NumberConventionDetector.Detect(cells);

        choice.ShouldBe(new ConventionChoice(expected, indonesianExample, decimalPointExample));
        choice.IsIndonesian.ShouldBe(expected == Indonesian);
        choice.IsMixed.ShouldBe(indonesianExample is not null && decimalPointExample is not null);
    }

    [Fact]
    public void Detect_scans_only_the_named_columns_of_a_table()
    {
        var table = Table.Create("anggaran", ["kode", "pagu", "realisasi"], [
            ["6.099.177.000", "1.234", "2.500"],
            ["X.01", "7.500", "-"],
        ]);

        var choice = NumberConventionDetector.Detect(table, "PAGU", "realisasi", "persen_tercetak");

        choice.Convention.ShouldBe(DecimalPoint);
    }

    [Fact]
    public void Detected_convention_decides_the_ambiguous_values_of_the_file()
    {
        string[] pagu = ["6.099.177.000", "1.234", "Rp 2.500"];

        var choice = NumberConventionDetector.Detect(pagu);
        var values = pagu.Select(cell => NumberReader.Read(cell, choice.Convention).Value);

        values.Select(v => v!.Value.ToString(CultureInfo.InvariantCulture)).ShouldBe(["6099177000", "1234", "2500"]);
        choice.Description.ShouldBe("format Indonesia (titik pemisah ribuan, koma desimal)");
    }
}
