using System.Globalization;
using Sakip.Packages.Values;
using static Sakip.Packages.Values.NumberConvention;

namespace Sakip.Packages.Tests.Values;

public sealed class NumberReaderTests
{
    /// <summary>Input, convention, expected value as invariant text (which shows the scale), expected scale.</summary>
    public static TheoryData<string, NumberConvention, string, int> Numbers => new()
    {
        { "6099177000", DecimalPoint, "6099177000", 0 },
        { "3.0885", DecimalPoint, "3.0885", 4 },
        { "-2.5", DecimalPoint, "-2.5", 1 },
        { "100.00", DecimalPoint, "100.00", 2 },
        { "0.10", DecimalPoint, "0.10", 2 },
        { "  42  ", DecimalPoint, "42", 0 },
        { "+7", DecimalPoint, "7", 0 },
        { "6.099.177.000", DecimalPoint, "6099177000", 0 },
        { "6.099.177.000", Indonesian, "6099177000", 0 },
        { "3,0885", DecimalPoint, "3.0885", 4 },
        { "3,0885", Indonesian, "3.0885", 4 },
        { "100,00", Indonesian, "100.00", 2 },
        { "0,123", DecimalPoint, "0.123", 3 },
        { "1234,567", DecimalPoint, "1234.567", 3 },
        { "1234.567", Indonesian, "1234.567", 3 },
        { ",5", Indonesian, "0.5", 1 },
        { "1.234,5", DecimalPoint, "1234.5", 1 },
        { "1.234.567,890", Indonesian, "1234567.890", 3 },
        { "1,234.5", Indonesian, "1234.5", 1 },
        { "1,234,567", Indonesian, "1234567", 0 },
        { "Rp 4.934.463.708", DecimalPoint, "4934463708", 0 },
        { "Rp4.934.463.708,50", DecimalPoint, "4934463708.50", 2 },
        { "rp. 1.500.000", DecimalPoint, "1500000", 0 },
        { "Rp 1.500.000,-", DecimalPoint, "1500000", 0 },
        { "Rp 250,-", DecimalPoint, "250", 0 },
        { "Rp\u00A04.934.463.708", DecimalPoint, "4934463708", 0 },
        { "-Rp 5.000.000", DecimalPoint, "-5000000", 0 },
        { "Rp -5.000.000", DecimalPoint, "-5000000", 0 },
        { "\u22122,5", DecimalPoint, "-2.5", 1 },
        { "99,79%", DecimalPoint, "99.79", 2 },
        { "99.79 %", Indonesian, "99.79", 2 },
        { "100,00 %", DecimalPoint, "100.00", 2 },
        { "1.234", DecimalPoint, "1.234", 3 },
        { "1.234", Indonesian, "1234", 0 },
        { "1,234", DecimalPoint, "1234", 0 },
        { "1,234", Indonesian, "1.234", 3 },
        { "-1.234", Indonesian, "-1234", 0 },
        { "123.456", Indonesian, "123456", 0 },
        { "1.2345", Indonesian, "1.2345", 4 },
        { "1.23", Indonesian, "1.23", 2 },
    };

    [Theory, MemberData(nameof(Numbers))]
    public void Read_accepts_canonical_and_Indonesian_forms_keeping_the_scale(
        string text, NumberConvention convention, string expected, int scale)
    {
        var read = NumberReader.Read(text, convention);

        read.Problem.ShouldBeNull();
        read.Value.ShouldNotBeNull();
        read.Value.Value.ToString(CultureInfo.InvariantCulture).ShouldBe(expected);
        read.Value.Value.Scale.ShouldBe((byte)scale);
        read.Text.ShouldBeNull();
    }

    public static TheoryData<string, string> Qualified => new()
    {
        { "66 (peringkat 4)", "66" },
        { "70 (cukup)", "70" },
        { "3,0885 *)", "3.0885" },
        { "76.61 (B/Baik)", "76.61" },
        { "99,79% (sangat tinggi)", "99.79" },
        { "12 **", "12" },
        { "12*", "12" },
        { "66 (peringkat 4) *)", "66" },
        { "Rp 1.500.000 (APBD Perubahan)", "1500000" },
        { " 70(cukup) ", "70" },
    };

    [Theory, MemberData(nameof(Qualified))]
    public void Read_takes_the_number_before_a_qualifier_and_keeps_the_full_text(string text, string expected)
    {
        var read = NumberReader.Read(text, DecimalPoint);

        read.Problem.ShouldBeNull();
        read.Value!.Value.ToString(CultureInfo.InvariantCulture).ShouldBe(expected);
        read.Text.ShouldBe(text.Trim());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData(" - ")]
    [InlineData("NA")]
    [InlineData("na")]
    [InlineData("N/A")]
    [InlineData(" n/a ")]
    [InlineData("\u2013")]
    [InlineData("\u2014")]
    public void Read_treats_no_value_tokens_as_null_never_zero(string? text)
    {
        var read = NumberReader.Read(text, Indonesian);

        read.ShouldBe(CellNumber.Empty);
        read.Value.ShouldBeNull();
        read.HasProblem.ShouldBeFalse();
    }

    [Theory]
    [InlineData("abc", "tidak dapat dibaca sebagai angka: \"abc\"")]
    [InlineData(" abc ", "tidak dapat dibaca sebagai angka: \"abc\"")]
    [InlineData("1.2.3", "tidak dapat dibaca sebagai angka: \"1.2.3\"")]
    [InlineData("1,2,3", "tidak dapat dibaca sebagai angka: \"1,2,3\"")]
    [InlineData("1.234.5", "tidak dapat dibaca sebagai angka: \"1.234.5\"")]
    [InlineData("0.123.456", "tidak dapat dibaca sebagai angka: \"0.123.456\"")]
    [InlineData("12,5.3", "tidak dapat dibaca sebagai angka: \"12,5.3\"")]
    [InlineData("1.234,5,6", "tidak dapat dibaca sebagai angka: \"1.234,5,6\"")]
    [InlineData("1..2", "tidak dapat dibaca sebagai angka: \"1..2\"")]
    [InlineData("12.", "tidak dapat dibaca sebagai angka: \"12.\"")]
    [InlineData("12.-", "tidak dapat dibaca sebagai angka: \"12.-\"")]
    [InlineData("12,-5", "tidak dapat dibaca sebagai angka: \"12,-5\"")]
    [InlineData("1 234", "tidak dapat dibaca sebagai angka: \"1 234\"")]
    [InlineData("1e5", "tidak dapat dibaca sebagai angka: \"1e5\"")]
    [InlineData("Rp", "tidak dapat dibaca sebagai angka: \"Rp\"")]
    [InlineData("%", "tidak dapat dibaca sebagai angka: \"%\"")]
    [InlineData("+", "tidak dapat dibaca sebagai angka: \"+\"")]
    [InlineData("66 peringkat 4", "tidak dapat dibaca sebagai angka: \"66 peringkat 4\"")]
    [InlineData("66 (peringkat 4", "tidak dapat dibaca sebagai angka: \"66 (peringkat 4\"")]
    [InlineData("B (60-70)", "tidak dapat dibaca sebagai angka: \"B (60-70)\"")]
    [InlineData("(66)", "tidak dapat dibaca sebagai angka: \"(66)\"")]
    [InlineData("--5", "tidak dapat dibaca sebagai angka: \"--5\"")]
    [InlineData("99999999999999999999999999999999", "angka terlalu besar: \"99999999999999999999999999999999\"")]
    public void Read_reports_text_that_is_not_a_number(string text, string expected)
    {
        var read = NumberReader.Read(text, DecimalPoint);

        read.Value.ShouldBeNull();
        read.Problem.ShouldBe(expected);
    }

    [Fact]
    public void Read_shortens_a_long_cell_in_the_problem()
    {
        var read = NumberReader.Read(new string('x', 5000), DecimalPoint);

        read.Problem.ShouldBe($"tidak dapat dibaca sebagai angka: \"{new string('x', 60)}…\"");
    }

    [Fact]
    public void Read_handles_a_very_long_digit_string_without_overflowing_the_stack()
    {
        var read = NumberReader.Read(new string('9', 1_000_000), DecimalPoint);

        read.Problem.ShouldStartWith("angka terlalu besar");
    }
}
