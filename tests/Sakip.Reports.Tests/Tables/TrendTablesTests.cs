using Sakip.Reports.Tables;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Tables;

public sealed class TrendTablesTests
{
    static readonly ReportScope Scope = new(Sample.Package, Sample.Unit, Sample.Year);

    /// <remarks>README "Change from last year": all 9 printed values reproduce; SAKIP only from the component value 75,6757.</remarks>
    public static TheoryData<string, string> Changes => new()
    {
        { "EKPPD", "0,00" },
        { "KERJASAMA", "0,00" },
        { "PRODUK_HUKUM", "-0,14" },
        { "KESRA", "0,00" },
        { "SAKIP_MIN_B", "-3,45" },
        { "INDEKS_KELEMBAGAAN", "+3,81" },
        { "IKM_KERUMAHTANGGAAN", "-1,47" },
        { "IKM_ADPIM", "+2,70" },
        { "IKM_PD_GT80", "+16,49" },
        { "PEREKONOMIAN", "-" },
    };

    [Theory, MemberData(nameof(Changes))]
    public void Multi_year_table_shows_the_change_from_last_year(string indicator, string change)
    {
        var name = Scope.Calculator.Index.Indicator(indicator)!.Name;

        var table = MultiYearTable.For(Scope.Calculator, Scope.ObjectiveIndicators, Sample.Year).ToBlock("3.5", "Perbandingan");

        table.Text(name, "% Perubahan 2021 dari 2020").ShouldBe(change);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Multi_year_table_covers_three_previous_years_and_a_missing_year_is_a_dash()
    {
        var table = MultiYearTable.For(Scope.Calculator, Scope.ObjectiveIndicators, Sample.Year).ToBlock("3.5", "Perbandingan");
        var ekppd = Scope.Calculator.Index.Indicator("EKPPD")!.Name;

        table.Columns.Where(c => c.Group == "Realisasi").Select(c => c.Header).ShouldBe(["2018", "2019", "2020", "2021"]);
        table.Text(ekppd, "2018").ShouldBe("-");
        table.Cell(ekppd, "2018").Value.ShouldBeNull();
        table.Text(ekppd, "2020").ShouldBe("3,0885");
    }

    /// <remarks>README "Tingkat kemajuan" vs the 2023 Renstra target (Tabel 3.6, 3.9, 3.12, 3.17).</remarks>
    public static TheoryData<string, string> Progress => new()
    {
        { "EKPPD", "98,05" },
        { "KERJASAMA", "105,26" },
        { "PRODUK_HUKUM", "99,86" },
        { "KESRA", "94,44" },
        { "PEREKONOMIAN", "90,00" },
        { "PEMBANGUNAN_TEPAT_WAKTU", "123,00" },
        { "ITKP", "92,66" },
        { "SAKIP_MIN_B", "93,43" },
        { "INDEKS_KELEMBAGAAN", "98,75" },
        { "IKM_KERUMAHTANGGAAN", "102,58" },
        { "IKM_ADPIM", "109,99" },
        { "IKM_PD_GT80", "102,28" },
    };

    [Theory, MemberData(nameof(Progress))]
    public void Progress_table_measures_against_the_renstra_end_target(string indicator, string progress)
    {
        var name = Scope.Calculator.Index.Indicator(indicator)!.Name;

        var table = ProgressTable.For(Scope.Calculator, Scope.ObjectiveIndicators, Sample.Year).ToBlock("3.6", "Kemajuan");

        table.Text(name, "Tingkat Kemajuan (%)").ShouldBe(progress);
        table.Columns[3].Header.ShouldBe("Target Akhir Renstra (Tahun 2023)");
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Comparison_table_lists_recorded_values_only_with_the_difference()
    {
        var scope = new ReportScope(Sample.Full, Sample.Unit, Sample.Year);

        var model = ComparisonTable.For(scope.Calculator, scope.ObjectiveIndicators, scope.Data.Comparisons, Sample.Year);
        var table = model.ToBlock("3.7", "Pembanding");

        table.Rows.Count.ShouldBe(1);
        table.Text(Scope.Calculator.Index.Indicator("EKPPD")!.Name, "Selisih").ShouldBe("+0,09");
        table.Text(Scope.Calculator.Index.Indicator("EKPPD")!.Name, "Sumber Pembanding").ShouldBe("Rata-rata nasional");
        ComparisonTable.For(Scope.Calculator, Scope.ObjectiveIndicators, [], Sample.Year).IsEmpty.ShouldBeTrue();
    }

    public static TheoryData<int, string, string, string, string> History => new()
    {
        { 2019, "70", "-", "-", "-" },
        { 2020, "75", "-", "78,38", "-" },
        { 2021, "77", "77", "75,68", "-3,45" },
        { 2023, "81", "-", "-", "-" },
    };

    [Theory, MemberData(nameof(History))]
    public void Indicator_history_shows_every_year_with_data(int year, string renstra, string agreement, string realisation, string change)
    {
        var table = IndicatorHistoryTable.For(Scope.Data, Scope.Calculator, "SAKIP_MIN_B");

        var block = table.ToBlock("1", "Riwayat");
        var key = year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        table.Lines.Select(l => l.Year).ShouldBe([2019, 2020, 2021, 2022, 2023]);
        table.EndYear.ShouldBe(2023);
        block.Text(key, "Target Renstra").ShouldBe(renstra);
        block.Text(key, "Target PK").ShouldBe(agreement);
        block.Text(key, "Realisasi").ShouldBe(realisation);
        block.Text(key, "% Perubahan").ShouldBe(change);
        block.ShouldBeRectangular();
    }
}

