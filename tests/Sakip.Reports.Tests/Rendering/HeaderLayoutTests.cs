using Sakip.Reports.Documents;
using Sakip.Reports.Rendering;

namespace Sakip.Reports.Tests.Rendering;

public sealed class HeaderLayoutTests
{
    [Fact]
    public void Columns_without_groups_give_one_header_row()
    {
        var layout = HeaderLayout.Of([new Column("No"), new Column("Indikator")]);

        layout.HasTwoRows.ShouldBeFalse();
        layout.Top.ShouldBe([new HeaderCell("No", 0, 1, 1), new HeaderCell("Indikator", 1, 1, 1)]);
    }

    [Fact]
    public void Neighbouring_columns_of_a_group_share_a_cell_and_the_others_span_both_rows()
    {
        var layout = HeaderLayout.Of([new Column("Indikator"), new Column("T", Group: "TW I"), new Column("R", Group: "TW I"), new Column("Ket"), new Column("T", Group: "TW I")]);

        layout.Top.ShouldBe([new HeaderCell("Indikator", 0, 1, 2), new HeaderCell("TW I", 1, 2, 1), new HeaderCell("Ket", 3, 1, 2), new HeaderCell("TW I", 4, 1, 1)]);
        layout.Bottom.ShouldBe([new HeaderCell("T", 1, 1, 1), new HeaderCell("R", 2, 1, 1), new HeaderCell("T", 4, 1, 1)]);
    }
}
