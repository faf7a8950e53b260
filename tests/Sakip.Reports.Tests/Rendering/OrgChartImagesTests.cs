using Sakip.Reports.Documents;
using Sakip.Reports.Rendering.Charts;

namespace Sakip.Reports.Tests.Rendering;

public sealed class OrgChartImagesTests
{
    [Fact]
    public void Every_unit_gets_a_box_inside_the_picture_and_no_boxes_overlap()
    {
        var layout = OrgChartLayout.Of(SampleDocuments.Organisation());

        layout.Boxes.Count.ShouldBe(14);
        layout.Boxes.ShouldAllBe(b => b.X >= 0 && b.Y >= 0 && b.X + b.Width <= layout.Width && b.Y + b.Height <= layout.Height);
        foreach (var a in layout.Boxes)
        {
            layout.Boxes.Count(b => b != a && a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height).ShouldBe(0, string.Join(" ", a.Lines));
        }
    }

    [Fact]
    public void Png_and_svg_draw_the_chart_with_names_encoded()
    {
        var chart = new OrgChartBlock("1.1", "Struktur", new OrgNode("Kepala <Dinas> & Staf", [new OrgNode("Sekretariat", [])]));

        var png = OrgChartImages.Png(chart);
        var svg = OrgChartImages.Svg(chart);

        png.Take(4).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        svg.ShouldContain("Kepala &lt;Dinas&gt; &amp; Staf");
        svg.ShouldNotContain("<Dinas>");
        File.WriteAllBytes(Artifacts.Path("struktur-organisasi.png"), OrgChartImages.Png(new OrgChartBlock("1.1", "Struktur", SampleDocuments.Organisation())));
    }
}
