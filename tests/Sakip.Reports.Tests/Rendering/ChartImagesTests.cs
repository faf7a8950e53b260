using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Charts;

namespace Sakip.Reports.Tests.Rendering;

public sealed class ChartImagesTests
{
    static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47];

    [Fact]
    public void Charts_render_to_png_and_svg_and_are_kept_to_be_looked_at()
    {
        foreach (var chart in SampleDocuments.Every().Blocks.OfType<ChartBlock>())
        {
            var png = ChartImages.Png(chart);
            File.WriteAllBytes(Artifacts.Path($"gambar-{chart.Number}.png"), png);

            png.Take(4).ShouldBe(PngSignature);
            ChartImages.Svg(chart).ShouldStartWith("<svg");
        }
    }

    [Fact]
    public void A_null_value_is_a_gap_never_a_zero()
    {
        var runs = ChartImages.Runs([20.5m, null, 70.25m, 98m]).ToList();

        runs.Count.ShouldBe(2);
        runs[0].ShouldBe([(0, 20.5m)]);
        runs[1].ShouldBe([(2, 70.25m), (3, 98m)]);
    }

    [Fact]
    public void Values_beyond_the_last_category_are_not_drawn_and_a_chart_without_values_says_so()
    {
        var longer = new ChartBlock("1", "Seri panjang", ChartKind.Line, ["TW I"], [new ChartSeries("Realisasi", [12.5m, 99.5m])]);
        var empty = new ChartBlock("2", "Kosong", ChartKind.Bar, ["TW I"], [new ChartSeries("Realisasi", [null, 99.5m])]);

        ChartImages.Svg(longer).ShouldContain("12,5");
        ChartImages.Svg(longer).ShouldNotContain("99,5");
        ChartImages.Svg(empty).ShouldContain("Tidak ada data");
    }

    [Fact]
    public void Labels_and_legend_are_written_the_indonesian_way()
    {
        var chart = new ChartBlock("1", "Capaian", ChartKind.Bar, ["Nilai SAKIP"], [new ChartSeries("2021", [99.79m])]) { ReferenceLine = 100m };

        var svg = ChartImages.Svg(chart);

        svg.ShouldContain("99,79");
        svg.ShouldContain("Acuan 100");
        svg.ShouldNotContain("99.79");
    }

    [Theory]
    [InlineData(ChartKind.Bar)]
    [InlineData(ChartKind.Line)]
    public void Empty_or_all_null_charts_still_draw(ChartKind kind)
    {
        ChartImages.Png(new ChartBlock("1", "Kosong", kind, [], [])).Take(4).ShouldBe(PngSignature);
        ChartImages.Svg(new ChartBlock("1", "Kosong", kind, [], [])).ShouldContain("Tidak ada data");
        ChartImages.Svg(new ChartBlock("2", "Tanpa nilai", kind, ["A", "B"], [new ChartSeries("S", [null, null])])).ShouldContain("Tidak ada data");
    }

    [Theory]
    [InlineData("Nilai SAKIP", "Nilai SAKIP")]
    [InlineData("Indeks Kepuasan Masyarakat terhadap Layanan", "Indeks Kepuasan\nMasyarakat\nterhadap Layanan")]
    [InlineData("Persentase Perangkat Daerah dengan Nilai Evaluasi SAKIP Minimal BB", "Persentase\nPerangkat Daerah\ndengan Nilai…")]
    public void Long_category_labels_wrap_into_at_most_three_lines(string label, string expected) =>
        ChartImages.Wrap(label).ShouldBe(expected);

    [Theory]
    [InlineData("99.7949", "99,79")]
    [InlineData("140.5714", "140,57")]
    [InlineData("100.005", "100,01")]
    [InlineData("12", "12")]
    [InlineData("-3.456", "-3,46")]
    public void Bar_and_point_labels_have_at_most_two_decimals(string value, string expected) =>
        ChartImages.Label(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    [InlineData(4, false)]
    public void Line_points_are_labelled_only_while_labels_cannot_pile_up(int series, bool labelled) =>
        ChartImages.LabelsPoints(new ChartBlock("1", "C", ChartKind.Line, ["2020", "2021"],
            [.. Enumerable.Range(0, series).Select(s => new ChartSeries($"S{s}", [100m, 100m]))])).ShouldBe(labelled);
}
