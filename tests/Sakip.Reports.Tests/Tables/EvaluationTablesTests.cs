using Sakip.Core.Evaluation;
using Sakip.Core.Scales;
using Sakip.Reports.Tables;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Tables;

public sealed class EvaluationTablesTests
{
    static readonly Scale Grades = ScaleSet.BuiltIn.SakipGrade;

    /// <remarks>Tabel 3.1: the component differences reproduce; the final score is the sum of the components (67,23, not the printed 67,21).</remarks>
    public static TheoryData<string, string, string, string> Components => new()
    {
        { "Perencanaan Kinerja", "22,40", "20,39", "-2,01" },
        { "Pengukuran Kinerja", "15,94", "13,75", "-2,19" },
        { "Pelaporan Kinerja", "10,07", "9,88", "-0,19" },
        { "Evaluasi Kinerja", "6,27", "3,84", "-2,43" },
        { "Capaian Kinerja", "12,55", "11,28", "-1,27" },
        { "Nilai Hasil Evaluasi", "67,23", "59,14", "-8,09" },
        { "Tingkat Akuntabilitas Kinerja", "B/Baik", "CC/Cukup", "" },
    };

    [Theory, MemberData(nameof(Components))]
    public void Evaluation_table_shows_the_last_years_with_the_change(string row, string y2019, string y2020, string change)
    {
        var table = EvaluationTable.For(Sample.Package.Evaluations, Sample.Unit, Sample.Year, Grades).ToBlock("3.1", "Evaluasi");

        table.Text(row, "Nilai 2019").ShouldBe(y2019);
        table.Text(row, "Nilai 2020").ShouldBe(y2020);
        table.Text(row, "+/-").ShouldBe(change);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void A_unit_never_evaluated_has_an_empty_evaluation()
    {
        EvaluationTable.For(Sample.Package.Evaluations, "POD", Sample.Year, Grades).IsEmpty.ShouldBeTrue();
    }

    [Fact]
    public void Follow_up_table_lists_the_last_recommendations_with_their_status()
    {
        var model = FollowUpTable.For(Sample.Package.Recommendations, Sample.Unit, Sample.Year);

        var table = model.ToBlock("3.2", "Tindak lanjut");

        model.Year.ShouldBe(2020);
        table.Rows.Count.ShouldBe(42);
        (model.Count(FollowUpStatus.Done), model.Count(FollowUpStatus.InProgress), model.Count(FollowUpStatus.NotStarted)).ShouldBe((26, 12, 4));
        table.Text("3.g", "Status").ShouldBe("Belum");
        table.Notes.ShouldBe(["Status: 26 sudah, 12 dalam proses, 4 belum ditindaklanjuti."]);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Grade_recap_gives_the_mean_and_how_many_reach_b()
    {
        var model = GradeRecapTable.For(Sample.Package.Evaluations, Sample.Year, Grades, code => code);

        var table = model.ToBlock("3.13", "Nilai SAKIP");

        table.Rows.Count.ShouldBe(38);
        table.Text("Rata-rata", "Nilai").ShouldBe("66,47");
        table.Text("Rata-rata", "Predikat").ShouldBe("B/Baik");
        model.AtLeastB.ShouldBe(28);
        table.Notes.ShouldBe(["28 dari 37 perangkat daerah memperoleh nilai minimal B (75,68 %)."]);
        table.ShouldBeRectangular();
    }
}
