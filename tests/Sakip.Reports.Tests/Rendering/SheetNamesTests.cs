using Sakip.Reports.Rendering.Xlsx;

namespace Sakip.Reports.Tests.Rendering;

public sealed class SheetNamesTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Tabel 3.4", "Tabel 3.4" },
        { "Tabel 3.4 [Capaian]: a/b\\c?d*e", "Tabel 3.4 -Capaian-- a-b-c-d-e" },
        { "Tabel Realisasi Anggaran per Program Tahun 2021", "Tabel Realisasi Anggaran per Pr" },
        { "'Kutip'", "Kutip" },
        { "", "Tabel" },
        { "history", "Tabel history" },
    };

    [Theory, MemberData(nameof(Cases))]
    public void Names_follow_excels_rules(string wanted, string expected)
    {
        var name = new SheetNames().Next(wanted);

        name.ShouldBe(expected);
        name.Length.ShouldBeLessThanOrEqualTo(SheetNames.MaxLength);
    }

    [Fact]
    public void Repeated_names_get_a_number_and_stay_within_31_characters()
    {
        var names = new SheetNames();

        var all = new[] { "Tabel 3.1", "TABEL 3.1", "Tabel 3.1", new string('x', 40), new string('x', 40) }.Select(names.Next).ToList();

        all.ShouldBe(["Tabel 3.1", "TABEL 3.1 (2)", "Tabel 3.1 (3)", new string('x', 31), new string('x', 27) + " (2)"]);
    }
}
