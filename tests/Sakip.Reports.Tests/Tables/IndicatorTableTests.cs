using Sakip.Core.Measurement;
using Sakip.Reports.Tables;
using Sakip.Reports.Tests.Builders;

namespace Sakip.Reports.Tests.Tables;

public sealed class IndicatorTableTests
{
    static readonly ReportScope Scope = new(Sample.Package, Sample.Unit, Sample.Year);

    /// <remarks>Tabel 3.4, 3.7, 3.10, 3.15: target and realisasi as printed, capaian from the engine.</remarks>
    public static TheoryData<string, string, string, string, string> Rows => new()
    {
        { "EKPPD", "3,095", "3,0885 *)", "99,79", "Sangat Tinggi" },
        { "KERJASAMA", "90", "100,00", "111,11", "Sangat Tinggi" },
        { "SAKIP_MIN_B", "77", "75,68", "98,28", "Sangat Tinggi" },
        { "INDEKS_KELEMBAGAAN", "66", "68,14 (peringkat 4)", "103,24", "Sangat Tinggi" },
    };

    [Theory, MemberData(nameof(Rows))]
    public void Indicator_table_shows_target_realisasi_capaian_and_category(string indicator, string target, string realisation, string capaian, string category)
    {
        var name = Scope.Calculator.Index.Indicator(indicator)!.Name;

        var table = IndicatorTable.For(Scope.Calculator, Scope.ObjectiveIndicators, Sample.Year).ToBlock("3.4", "Target dan Realisasi");

        table.Text(name, "Target").ShouldBe(target);
        table.Text(name, "Realisasi").ShouldBe(realisation);
        table.Text(name, "% Capaian").ShouldBe(capaian);
        table.Text(name, "Kategori").ShouldBe(category);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void A_year_without_data_shows_dashes_never_zero()
    {
        var table = IndicatorTable.For(Scope.Calculator, Scope.ObjectiveIndicators, 2030).ToBlock("3.4", "Target dan Realisasi");

        table.Rows.ShouldAllBe(r => r.Cells.Skip(3).All(c => c.Text == "-" && c.Value == null));
    }

    [Fact]
    public void Quarter_table_divides_each_quarter_by_its_own_target()
    {
        var name = Scope.Calculator.Index.Indicator("KERJASAMA")!.Name;

        var table = QuarterTable.For(Scope.Calculator, Scope.ObjectiveIndicators, Sample.Year).ToBlock("3.3", "Pengukuran");
        var tw4 = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Group == Periods.Label(Period.Q4)).Select(x => x.i).ToList();
        var row = table.Rows.Single(r => r.Cells[1].Text == name);

        row.Cells[tw4[0]].Text.ShouldBe("45");
        row.Cells[tw4[1]].Text.ShouldBe("100,00");
        row.Cells[tw4[2]].Text.ShouldBe("222,22");
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Quarter_table_stops_at_the_quarter_asked()
    {
        var table = QuarterTable.For(Scope.Calculator, Scope.ObjectiveIndicators, Sample.Year, upTo: 2).ToBlock("1.1", "Pengukuran");

        table.Columns.Select(c => c.Group).Where(g => g is not null).Distinct().ShouldBe(["Triwulan I", "Triwulan II"]);
        table.ShouldBeRectangular();
    }

    [Fact]
    public void Renstra_table_lists_targets_of_every_plan_year_and_iku_table_the_key_indicators()
    {
        var elements = Scope.Goals.Concat(Scope.Objectives).Select(e => (e, Scope.IndicatorsOf(e)));
        var ekppd = Scope.Calculator.Index.Indicator("EKPPD")!;

        var renstra = RenstraTable.For(Scope.Calculator, elements).ToBlock("2.1", "Renstra");
        var iku = new KeyIndicatorTable([.. Scope.Indicators.Where(i => i.IsKey)], Scope.UnitNameOf).ToBlock("2.2", "IKU");

        renstra.Columns.Where(c => c.Group == "Target").Select(c => c.Header).ShouldBe(["2019", "2020", "2021", "2022", "2023"]);
        renstra.Text(ekppd.Name, "2023").ShouldBe("3,15");
        renstra.ShouldBeRectangular();
        iku.Rows.Count.ShouldBe(10);
        iku.Text(ekppd.Name, "Penanggung Jawab").ShouldBe("Biro Pemerintahan dan Otonomi Daerah");
        iku.ShouldBeRectangular();
    }
}
