using Sakip.Core.Evaluation;
using Sakip.Core.Evaluation.Recaps;
using Sakip.Core.Measurement;

namespace Sakip.Core.Tests.Evaluation.Recaps;

public sealed class RecapRealisationsTests
{
    static readonly RecapIndicator SakipMinB = new("SAKIP_MIN_B", RecapSource.SakipGrade, RecapMeasure.Percent, "B", null, null, null);

    static Dataset Data(params Realisation[] stored) => new()
    {
        Evaluations = Tabel313.All(),
        RecapIndicators = [SakipMinB],
        Realisations = stored,
    };

    [Fact]
    public void Apply_adds_an_annual_realisation_and_its_components_for_each_year_with_scores()
    {
        var data = RecapRealisations.Apply(Data());

        data.Realisations.Select(r => (r.Indicator, r.Year, r.Period)).ShouldBe(
            [("SAKIP_MIN_B", 2019, Period.Annual), ("SAKIP_MIN_B", 2020, Period.Annual), ("SAKIP_MIN_B", 2021, Period.Annual)]);
        data.Realisations[2].Value.ShouldBe(28m / 37m * 100m);
        data.Realisations[2].Note.ShouldNotBeNull().ShouldStartWith("Dihitung dari rekap: Persentase instansi dengan nilai SAKIP minimal B. Memenuhi (28 dari 37)");
        data.Components.Where(c => c.Year == 2021).Select(c => (c.Kind, c.Value, c.Source))
            .ShouldBe([(ComponentKind.Numerator, 28m, "rekap"), (ComponentKind.Denominator, 37m, "rekap")]);
        // SETDA alone in 2019 (67,23 by the rule: B) and 2020 (59,14: CC).
        data.Realisations[0].Value.ShouldBe(100m);
        data.Realisations[1].Value.ShouldBe(0m);
    }

    [Fact]
    public void Apply_keeps_a_stored_realisation_and_adds_nothing_for_its_year()
    {
        var stored = new Realisation("SAKIP_MIN_B", 2021, Period.Annual, 75.68m, PrintedCapaian: 98.29m);

        var data = RecapRealisations.Apply(Data(stored));

        data.Realisations.Where(r => r.Year == 2021).ShouldBe([stored]);
        data.Components.ShouldNotContain(c => c.Year == 2021);
    }

    [Fact]
    public void Explain_says_when_the_stored_realisation_is_used()
    {
        var figure = RecapRealisations.Explain(SakipMinB, 2021, Data(new Realisation("SAKIP_MIN_B", 2021, Period.Annual, 75.68m)));

        figure.Note.ShouldNotBeNull().ShouldStartWith("Realisasi tersimpan (75,68) dipakai; hasil rekap tidak menggantikannya. Memenuhi (28 dari 37)");
    }

    [Fact]
    public void Apply_without_recap_indicators_returns_the_same_dataset()
    {
        var data = new Dataset { Evaluations = Tabel313.All() };

        RecapRealisations.Apply(data).ShouldBeSameAs(data);
    }
}
