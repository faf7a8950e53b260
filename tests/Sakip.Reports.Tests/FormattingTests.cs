using Sakip.Reports.Formatting;

namespace Sakip.Reports.Tests;

public sealed class FormattingTests
{
    [Theory]
    [InlineData("99.7949", "99,79")]
    [InlineData("98.285", "98,29")]
    [InlineData("100", "100,00")]
    [InlineData("-3.4483", "-3,45")]
    public void Percent_has_two_decimals_with_a_comma(string value, string expected) =>
        IdFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void No_value_is_a_dash_never_zero()
    {
        IdFormat.Percent(null).ShouldBe("-");
        IdFormat.Rupiah(null).ShouldBe("-");
        IdFormat.Change(null).ShouldBe("-");
    }

    [Theory]
    [InlineData("6099177000", "Rp 6.099.177.000")]
    [InlineData("232980102655.50", "Rp 232.980.102.655,50")]
    [InlineData("0", "Rp 0")]
    public void Rupiah_uses_dots_for_thousands(string value, string expected) =>
        IdFormat.Rupiah(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void A_change_carries_its_sign() => IdFormat.Change(2.1m).ShouldBe("+2,10");

    [Fact]
    public void Dates_are_written_with_the_month_in_Indonesian() => IdFormat.Date(new DateOnly(2022, 2, 28)).ShouldBe("28 Februari 2022");

    [Theory]
    [InlineData(0, "nol")]
    [InlineData(11, "sebelas")]
    [InlineData(19, "sembilan belas")]
    [InlineData(100, "seratus")]
    [InlineData(1000, "seribu")]
    [InlineData(1100, "seribu seratus")]
    [InlineData(2021, "dua ribu dua puluh satu")]
    [InlineData(115000, "seratus lima belas ribu")]
    [InlineData(1_000_000, "satu juta")]
    public void Terbilang_words(int value, string expected) => Terbilang.Words(value).ShouldBe(expected);

    [Fact]
    public void Terbilang_of_a_PK_total() =>
        Terbilang.Rupiah(6_099_177_000m).ShouldBe("enam miliar sembilan puluh sembilan juta seratus tujuh puluh tujuh ribu rupiah");

    [Fact]
    public void Terbilang_of_a_large_total_with_sen() =>
        Terbilang.Rupiah(282_044_792_352.5m).ShouldBe(
            "dua ratus delapan puluh dua miliar empat puluh empat juta tujuh ratus sembilan puluh dua ribu tiga ratus lima puluh dua rupiah lima puluh sen");
}
