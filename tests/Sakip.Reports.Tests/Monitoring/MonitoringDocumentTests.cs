using Sakip.Core;
using Sakip.Reports.Documents;
using Sakip.Reports.Monitoring;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Monitoring;

public sealed class MonitoringDocumentTests
{
    [Fact]
    public void Report_covers_the_quarters_up_to_the_one_asked_in_landscape()
    {
        var document = MonitoringDocument.Build(Sample.Full, Sample.Unit, Sample.Year, 2);

        document.Orientation.ShouldBe(PageOrientation.Landscape);
        document.FileName.ShouldBe("Monev-SETDA-2021-TW2");
        document.Tables.First().Columns.Select(c => c.Group).Where(g => g is not null).Distinct().ShouldBe(["Triwulan I", "Triwulan II"]);
        foreach (var table in document.Tables)
        {
            table.ShouldBeRectangular();
        }
    }

    [Fact]
    public void Deviations_are_quarters_below_target_or_without_realisasi_where_a_target_exists()
    {
        var document = MonitoringDocument.Build(Sample.Full, Sample.Unit, Sample.Year, 2);

        var deviations = document.Tables.Single(t => t.Caption.StartsWith("Deviasi", StringComparison.Ordinal));

        // Tabel 3.3: KERJASAMA's tw2 target 45 has no realisasi (it is printed in tw4); EKPPD's tw2 is 3,0885 of 3,095.
        deviations.Rows.ShouldContain(r => r.Cells[1].Text == "Persentase kerjasama yang ditindaklanjuti" && r.Cells[6].Text == "Realisasi belum diisi");
        deviations.Rows.ShouldContain(r => r.Cells[1].Text.StartsWith("Skor Evaluasi", StringComparison.Ordinal) && r.Cells[5].Text == "99,79");
        deviations.Rows.ShouldAllBe(r => r.Cells[5].Text == "-" || r.Cells[6].Text == "Capaian di bawah target");
        document.Missing.ShouldNotBeEmpty();
    }

    [Fact]
    public void Budget_absorption_per_quarter_per_program()
    {
        var document = MonitoringDocument.Build(Sample.Full, Sample.Unit, Sample.Year, 4);

        var budget = document.Tables.Last();

        budget.Columns.Count(c => c.Group == "Realisasi (Rp)").ShouldBe(4);
        budget.Rows.Count.ShouldBe(Sample.Package.BudgetLines.Count(b => b.Parent is null));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void A_quarter_outside_1_to_4_is_a_programming_error(int quarter) =>
        Should.Throw<ArgumentOutOfRangeException>(() => MonitoringDocument.Build(Dataset.Empty, "X", 2021, quarter));

    [Fact]
    public void A_unit_with_no_data_gets_empty_state_sentences()
    {
        var document = MonitoringDocument.Build(Dataset.Empty, "X", 2021, 1);

        document.Tables.ShouldBeEmpty();
        document.Blocks.OfType<ParagraphBlock>().ShouldContain(p => p.Text.StartsWith("Tidak ada deviasi", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cover_leaves_the_year_to_its_own_line_and_names_the_place()
    {
        var cover = MonitoringDocument.Build(Sample.Full, Sample.Unit, Sample.Year, 4).Blocks.OfType<CoverBlock>().Single();

        cover.TitleLines.ShouldBe(["LAPORAN MONITORING DAN EVALUASI KINERJA", "TRIWULAN IV"]);
        cover.Imprint.ShouldBe("SAMARINDA");
    }
}
