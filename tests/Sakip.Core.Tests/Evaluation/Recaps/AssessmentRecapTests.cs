using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Recaps;

namespace Sakip.Core.Tests.Evaluation.Recaps;

public sealed class AssessmentRecapTests
{
    static readonly Assessment[] Kelembagaan =
    [
        new("SETDA", 2024, "indeks_kelembagaan", 72.5m, "B", "KemenPAN-RB"),
        new("DISHUB", 2024, "indeks_kelembagaan", 80m, "BB", null),
        new("DINKES", 2024, "indeks_kelembagaan", 80.01m, null, null),
        new("BKD", 2024, "indeks_kelembagaan", null, "Level 3", null),
        new("BKD", 2023, "indeks_kelembagaan", 99m, null, null),
        new("BKD", 2024, "maturitas_spip", 3m, null, null),
    ];

    [Fact]
    public void For_lists_the_units_of_the_kind_and_year_highest_first_and_counts_strictly_above()
    {
        var recap = AssessmentRecap.For("indeks_kelembagaan", 2024, Kelembagaan, 80m);

        recap.Units.Select(a => a.Unit).ShouldBe(["DINKES", "DISHUB", "SETDA", "BKD"]);
        recap.Above.ShouldBe(1);
        (recap.ShareAbove.Input("m"), recap.ShareAbove.Input("n")).ShouldBe((1m, 3m));
        recap.ShareAbove.Method.ShouldBe("Persentase instansi dengan Indeks Kelembagaan (PermenPAN-RB 20/2018) di atas 80");
    }

    [Fact]
    public void For_without_threshold_lists_but_does_not_count()
    {
        var recap = AssessmentRecap.For("indeks_kelembagaan", 2024, Kelembagaan, null, ["SETDA", "BKD"]);

        recap.Units.Select(a => a.Unit).ShouldBe(["SETDA", "BKD"]);
        recap.Above.ShouldBeNull();
        recap.ShareAbove.Note.ShouldBe("ambang batas tidak ditentukan");
    }
}
