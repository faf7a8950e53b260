using System.Globalization;
using Sakip.Core.Capaian;
using Sakip.Core.Explaining;
using Sakip.Core.Measurement;
using Sakip.Core.Planning;

namespace Sakip.Core.Tests.Explaining;

public sealed class ExplanationTextTests
{
    static readonly CultureInfo Indonesian = new("id-ID");

    [Fact]
    public void Sentence_of_a_decrease_capaian_substitutes_the_inputs_in_id_ID()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(10m), 12m, Direction.Decrease);

        var sentence = ExplanationText.Sentence("Capaian", capaian, Indonesian, "%");

        sentence.ShouldBe("Capaian = (2 × 10 − 12) / 10 × 100 = 80,00 %");
    }

    public static TheoryData<decimal?, decimal?, Direction, string> Sentences => new()
    {
        { 3.095m, 3.0885m, Direction.Increase, "Capaian = 3,0885 / 3,095 × 100 = 99,79 %" },
        { 45m, 100.00m, Direction.Increase, "Capaian = 100,00 / 45 × 100 = 222,22 %" },
        { 77m, 28m / 37m * 100m, Direction.Increase, "Capaian = 75,6757 / 77 × 100 = 98,28 %" },
        { 10m, 25m, Direction.Decrease, "Capaian = (2 × 10 − 25) / 10 × 100 = 0,00 %" },
        { 0m, 5m, Direction.Increase, "Capaian tidak dihitung: target bernilai 0, capaian tidak dapat dihitung" },
        { null, 5m, Direction.Increase, "Capaian tidak dihitung: tidak ada target" },
        { 10m, null, Direction.Increase, "Capaian tidak dihitung: realisasi belum diisi" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Sentence_shows_inputs_as_given_up_to_four_decimals_and_the_result_at_two(
        decimal? target, decimal? actual, Direction direction, string expected)
    {
        var capaian = CapaianRule.Compute(target is { } t ? TargetValue.Point(t) : null, actual, direction);

        var sentence = ExplanationText.Sentence("Capaian", capaian, Indonesian, "%");

        sentence.ShouldBe(expected);
    }

    [Fact]
    public void Sentence_in_invariant_culture_uses_a_decimal_point()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(3.095m), 3.0885m, Direction.Increase);

        var sentence = ExplanationText.Sentence("Capaian", capaian, CultureInfo.InvariantCulture, "%");

        sentence.ShouldBe("Capaian = 3.0885 / 3.095 × 100 = 99.79 %");
    }

    [Fact]
    public void Sentence_of_a_given_value_has_no_formula_and_no_unit_when_none_is_given()
    {
        var realisation = Explained.Given(75.68m, "Realisasi sesuai data", "Realisasi");

        var sentence = ExplanationText.Sentence("Realisasi", realisation, Indonesian);

        sentence.ShouldBe("Realisasi = 75,68");
    }

    [Fact]
    public void Sentence_of_a_ratio_names_pembilang_and_penyebut_values()
    {
        var realisation = RatioRule.Compute(28m, 37m);

        var sentence = ExplanationText.Sentence("Realisasi", realisation, Indonesian, "%");

        sentence.ShouldBe("Realisasi = 28 / 37 × 100 = 75,68 %");
    }

    [Fact]
    public void Symbolic_keeps_the_symbols()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(10m), 12m, Direction.Decrease);

        var symbolic = ExplanationText.Symbolic(capaian);

        symbolic.ShouldBe("(2 × T − R) / T × 100");
    }

    [Fact]
    public void Legend_lists_each_symbol_with_its_label_and_value()
    {
        var capaian = CapaianRule.Compute(TargetValue.Point(3.095m), 3.0885m, Direction.Increase);

        var legend = ExplanationText.Legend(capaian, Indonesian);

        legend.ShouldBe("R = Realisasi = 3,0885; T = Target = 3,095");
    }

    [Fact]
    public void Legend_shows_a_missing_input_as_a_dash()
    {
        var change = TrendRules.ChangeFromLastYear(5m, null, 2021);

        var legend = ExplanationText.Legend(change, Indonesian);

        legend.ShouldBe("Rt = Realisasi 2021 = 5; Rt1 = Realisasi 2020 = -");
    }

    public static TheoryData<decimal?, int, string> Numbers => new()
    {
        { 80m, 2, "80,00" },
        { 74.505m, 2, "74,51" },
        { 74.50492m, 3, "74,505" },
        { -3.4503m, 2, "-3,45" },
        { 1424601000m, 0, "1.424.601.000" },
        { null, 2, "-" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void Display_number_rounds_half_away_from_zero_in_id_ID(decimal? value, int decimals, string expected)
    {
        var text = Display.Number(value, Indonesian, decimals);

        text.ShouldBe(expected);
    }
}
