using Sakip.Packages.Xlsx;

namespace Sakip.Packages.Tests.Xlsx;

public sealed class XlsxCellTextTests
{
    public static TheoryData<object?, string> Values => new()
    {
        { null, "" },
        { "3.0885", "3.0885" },
        { 3.0884999999999998, "3.0885" },
        { 3.0885, "3.0885" },
        { 6099177000d, "6099177000" },
        { 6.099177E+09, "6099177000" },
        { 1.5e20, "150000000000000000000" },
        { 1e-7, "0.0000001" },
        { 1e-30, "1E-30" },
        { 1e30, "1E+30" },
        { -2.5, "-2.5" },
        { 100d, "100" },
        { 100.00m, "100.00" },
        { 42L, "42" },
        { true, "TRUE" },
        { new DateTime(2024, 3, 31), "2024-03-31" },
        { new DateTime(2024, 3, 31, 8, 5, 0), "2024-03-31 08:05:00" },
    };

    [Theory, MemberData(nameof(Values))]
    public void From_gives_invariant_text_without_exponent_or_binary_noise(object? value, string expected) =>
        XlsxCellText.From(value).ShouldBe(expected);
}
