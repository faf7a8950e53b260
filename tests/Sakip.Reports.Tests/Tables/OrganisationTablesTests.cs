using Sakip.Core.Organisation;
using Sakip.Reports.Documents;
using Sakip.Reports.Tables;

namespace Sakip.Reports.Tests.Tables;

public sealed class OrganisationTablesTests
{
    static readonly StaffCount[] Staff =
    [
        new("U", 2021, 12, "Eselon II", "IV", "S2", Gender.Male),
        new("U", 2021, 5, "Eselon II", "IV", "S1", Gender.Female),
        new("U", 2021, 30, "Pelaksana", "II", null, null),
    ];

    public static TheoryData<string, string, int, int, int> Rows => new()
    {
        { "Jabatan", "Eselon II", 12, 5, 17 },
        { "Jabatan", "Pelaksana", 0, 0, 30 },
        { "Pendidikan", "S2", 12, 0, 12 },
        { "Pendidikan", "Tidak dirinci", 0, 0, 30 },
    };

    [Theory, MemberData(nameof(Rows))]
    public void Staff_table_counts_by_dimension_and_gender(string dimension, string key, int male, int female, int total)
    {
        var model = StaffTable.For(Staff, dimension, s => dimension == "Jabatan" ? s.Position : s.Education);

        var line = model.Lines.Single(l => l.Key == key);

        (line.Male, line.Female, line.Total).ShouldBe((male, female, total));
        model.Total.ShouldBe(47);
    }

    [Fact]
    public void Staff_table_totals_and_notes_counts_without_gender()
    {
        var model = StaffTable.For(Staff, "Jabatan", s => s.Position);

        var table = model.ToBlock("1.1", "Pegawai");
        var chart = model.ToChart("1.2", "Pegawai");

        table.Rows[^1].Kind.ShouldBe(RowKind.Total);
        table.Rows[^1].Cells.Select(c => c.Text).ShouldBe(["", "Jumlah", "12", "5", "47"]);
        table.Notes.ShouldHaveSingleItem();
        chart.Categories.ShouldBe(["Eselon II", "Pelaksana"]);
        chart.Series.Single().Values.ShouldBe([17m, 30m]);
        StaffTable.For(Staff, "Golongan", _ => null).IsBrokenDown.ShouldBeFalse();
    }

    [Fact]
    public void Facility_table_shows_each_facility_and_a_dash_for_what_is_not_recorded()
    {
        var table = new FacilityTable([new Facility("U", 2021, "Gedung kantor", 1250.5m, "m²")]).ToBlock("1.3", "Sarana");

        table.Rows.Single().Cells.Select(c => c.Text).ShouldBe(["1.", "Gedung kantor", "1.250,5", "m²", "-", "-"]);
    }
}
