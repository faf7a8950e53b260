using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Scales;

public sealed class BuiltInScalesTests
{
    public static TheoryData<decimal, string> CapaianCategories => new()
    {
        { -10m, "Sangat Rendah" },
        { 0m, "Sangat Rendah" },
        { 50m, "Sangat Rendah" },
        { 50.0001m, "Rendah" },
        { 65m, "Rendah" },
        { 65.01m, "Sedang" },
        { 75m, "Sedang" },
        { 75.01m, "Tinggi" },
        { 90m, "Tinggi" },
        { 90.01m, "Sangat Tinggi" },
        { 100m, "Sangat Tinggi" },
        { 150m, "Sangat Tinggi" },
    };

    [Theory]
    [MemberData(nameof(CapaianCategories))]
    public void Permendagri_86_2017_bands_include_their_upper_bound(decimal capaian, string category)
    {
        var band = BuiltInScales.CapaianCategory.Classify(capaian);

        (band?.Label).ShouldBe(category);
    }

    public static TheoryData<decimal, string?> Grades => new()
    {
        { -1m, null },
        { 0m, "D" },
        { 30m, "D" },
        { 30.01m, "C" },
        { 50m, "C" },
        { 50.01m, "CC" },
        { 60m, "CC" },
        { 60.01m, "B" },
        { 70m, "B" },
        { 70.01m, "BB" },
        { 80m, "BB" },
        { 80.01m, "A" },
        { 90m, "A" },
        { 90.01m, "AA" },
        { 100m, "AA" },
        { 100.01m, null },
    };

    [Theory]
    [MemberData(nameof(Grades))]
    public void Permenpanrb_88_2021_grades_zero_to_hundred_and_nothing_outside(decimal score, string? grade)
    {
        var band = BuiltInScales.SakipGrade.Classify(score);

        (band?.Label).ShouldBe(grade);
    }

    public static TheoryData<decimal, string> Printed => new()
    {
        { 79.15m, "BB/Sangat Baik" },
        { 66.04m, "B/Baik" },
        { 59.14m, "CC/Cukup" },
    };

    [Theory]
    [MemberData(nameof(Printed))]
    public void Permenpanrb_88_2021_full_labels_read_as_printed_in_an_lhe(decimal score, string printed)
    {
        var band = BuiltInScales.SakipGrade.Classify(score);

        band.ShouldNotBeNull().FullLabel.ShouldBe(printed);
    }

    [Fact]
    public void All_built_in_scales_are_banded_and_found_by_name()
    {
        var set = ScaleSet.BuiltIn;

        BuiltInScales.All.Select(s => s.Name).ShouldBe([BuiltInScales.CapaianCategoryName, BuiltInScales.SakipGradeName, BuiltInScales.IkmQualityName]);
        BuiltInScales.All.ShouldAllBe(s => !s.IsQualitative);
        set.IkmQuality.ShouldBeSameAs(BuiltInScales.IkmQuality);
        set.Find("permenpanrb_88_2021").ShouldBeSameAs(BuiltInScales.SakipGrade);
    }
}
