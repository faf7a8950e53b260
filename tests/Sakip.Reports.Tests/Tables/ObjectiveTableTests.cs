using Sakip.Reports.Tables;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Tables;

public sealed class ObjectiveTableTests
{
    static readonly ReportScope Scope = new(Sample.Package, Sample.Unit, Sample.Year);

    /// <remarks>samples/kaltim-setda-2021/README.md, Tabel 3.19: S1 is 102,69 (the report prints 102,73 from a wrong input).</remarks>
    public static TheoryData<string, string, string> Means => new()
    {
        { "S1", "102,69", "Sangat Tinggi" },
        { "S2", "115,49", "Sangat Tinggi" },
        { "S3", "100,76", "Sangat Tinggi" },
        { "S4", "106,39", "Sangat Tinggi" },
    };

    [Theory, MemberData(nameof(Means))]
    public void Sasaran_capaian_is_the_mean_of_its_indicators(string code, string mean, string category)
    {
        var objective = Scope.Objectives.Single(o => o.Code == code);

        var table = ObjectiveTable.For(Scope.Calculator, Scope.Objectives, Sample.Year).ToBlock("3.1", "Capaian Sasaran");

        table.Text(objective.Statement, "Rata-rata % Capaian").ShouldBe(mean);
        table.Text(objective.Statement, "Kategori").ShouldBe(category);
        table.Cell(objective.Statement, "Rata-rata % Capaian").Explanation.ShouldNotBeNull().ShouldStartWith("Capaian sasaran = (");
        table.ShouldBeRectangular();
    }

    [Fact]
    public void A_sasaran_without_capaian_is_a_dash()
    {
        var table = ObjectiveTable.For(Scope.Calculator, Scope.Objectives, 2018).ToBlock("3.1", "Capaian Sasaran");

        table.Rows.ShouldAllBe(r => r.Cells[3].Text == "-" && r.Cells[3].Value == null && r.Cells[4].Text == "-");
    }
}
