using Sakip.Core.Fields;
using Sakip.Core.Problems;

namespace Sakip.Core.Tests.Fields;

public sealed class FieldRulesTests
{
    /// <summary>A code, and what the rule says of it: null (fine), or the severity of its problem.</summary>
    public static TheoryData<string?, Severity?> CodeCases => new()
    {
        { "IKU-01", null },
        { "1.01.02.2.01.0001", null },
        { "ADBANG.P1.K1_S1", null },
        { "ÄKU(a)", null },
        { null, null },
        { "", null },
        { new string('A', 64), null },
        { new string('A', 65), Severity.Error },
        { "IKU\t01", Severity.Error },
        { "IKU\n01", Severity.Error },
        { "IKU 01", Severity.Warning },
        { "IKU/01", Severity.Warning },
    };

    [Theory]
    [MemberData(nameof(CodeCases))]
    public void Code_is_free_text_up_to_64_without_control_characters_and_warns_of_spaces_and_slashes(string? code, Severity? expected)
    {
        var problem = CodeRule.Check("kode", code);

        ((Severity?)problem?.Severity).ShouldBe(expected);
        (problem?.Field ?? "kode").ShouldBe("kode");
    }

    public static TheoryData<int?, bool> YearCases => new()
    {
        { 1900, true }, { 2100, true }, { 2024, true }, { null, true }, { 1899, false }, { 2101, false }, { 20211, false }, { 0, false },
    };

    [Theory]
    [MemberData(nameof(YearCases))]
    public void Year_is_between_1900_and_2100_inclusive(int? year, bool ok) =>
        (YearRule.Check("tahun", year) is null).ShouldBe(ok);

    public static TheoryData<TextField, int, bool> TextCases => new()
    {
        { TextField.Note, 1000, true },
        { TextField.Note, 1001, false },
        { TextField.Note, 1_000_000, false },
        { TextField.Analysis, 4000, true },
        { TextField.Analysis, 4001, false },
        { TextField.Code, 65, false },
        { TextField.UnitName, 300, true },
    };

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Text_longer_than_its_field_limit_is_an_error_naming_the_limit(TextField field, int length, bool ok)
    {
        var problem = TextRules.Check("catatan", field, new string('x', length));

        (problem is null).ShouldBe(ok);
        problem?.Message.ShouldContain(TextRules.MaxLength(field).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Every_text_field_has_a_limit_and_a_label()
    {
        foreach (var field in Enum.GetValues<TextField>())
        {
            TextRules.MaxLength(field).ShouldBeGreaterThan(0);
            TextRules.Label(field).ShouldNotBeNullOrWhiteSpace();
        }
    }

    public static TheoryData<decimal?, NumberKind, bool> NumberCases => new()
    {
        { null, NumberKind.Quantity, true },
        { 3.0885m, NumberKind.Quantity, true },
        { -12.5m, NumberKind.Quantity, true },
        { 999_999_999_999_999_999.99999999m, NumberKind.Quantity, true },
        { 1_000_000_000_000_000_000m, NumberKind.Quantity, false },
        { decimal.MaxValue, NumberKind.Quantity, false },
        { -decimal.MaxValue, NumberKind.Quantity, false },
        { 0.00000001m, NumberKind.Quantity, true },
        { 0.000000001m, NumberKind.Quantity, false },
        { 0.00000000000000000001m, NumberKind.Quantity, false },
        { 1.500000000000m, NumberKind.Quantity, true },
        { 3_300_000_000_000_000m, NumberKind.Rupiah, true },
        { 9_999_999_999_999_999.99m, NumberKind.Rupiah, true },
        { 99_999_999_999_999_999_999m, NumberKind.Rupiah, false },
        { 1_424_601_000.5m, NumberKind.Rupiah, true },
        { 1_424_601_000.505m, NumberKind.Rupiah, false },
    };

    [Theory]
    [MemberData(nameof(NumberCases))]
    public void Numbers_are_limited_in_magnitude_and_decimals(decimal? value, NumberKind kind, bool ok) =>
        (NumberRule.Check("nilai", value, kind, "Nilai") is null).ShouldBe(ok);

    [Fact]
    public void Number_limits_keep_the_largest_division_inside_decimal()
    {
        var smallest = 1m / 100_000_000m;

        var largest = (NumberRule.MaxQuantity - smallest) / smallest * 100m;

        largest.ShouldBeLessThan(decimal.MaxValue);
    }

    public static TheoryData<string, int, Severity?> AgreementDates => new()
    {
        { "2021-01-04", 2021, null },
        { "2020-12-15", 2021, null },
        { "2021-12-31", 2021, null },
        { "2020-11-30", 2021, Severity.Warning },
        { "2022-03-01", 2021, Severity.Warning },
        { "2019-11-30", 2021, Severity.Error },
        { "2030-01-02", 2021, Severity.Error },
    };

    [Theory]
    [MemberData(nameof(AgreementDates))]
    public void Agreement_signed_in_its_year_or_the_december_before_warns_when_within_a_year_and_refuses_beyond(string date, int year, Severity? expected)
    {
        var problem = AgreementDateRule.Check("tanggal", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), year);

        problem?.Severity.ShouldBe(expected!.Value);
        (problem is null).ShouldBe(expected is null);
    }

    public static TheoryData<string, string?> Nips => new()
    {
        { "197001011990031001", null },
        { "19700101199003100", "18 angka" },
        { "19701301199003 1001", "18 angka" },
        { "197013011990031001", "tanggal lahir" },
        { "197001011990033001", "jenis kelamin" },
    };

    [Theory]
    [MemberData(nameof(Nips))]
    public void Nip_is_18_digits_with_a_birth_date_and_sex(string nip, string? expected)
    {
        var problem = NipRule.Problem(nip, "pihak pertama");

        if (expected is null)
        {
            problem.ShouldBeNull();
        }
        else
        {
            problem.ShouldNotBeNull().ShouldContain(expected);
        }
    }
}
