using Sakip.Core.Scales;

namespace Sakip.Core.Tests.Scales;

public sealed class ScaleTests
{
    [Fact]
    public void Create_accepts_contiguous_bands_and_orders_them_ascending()
    {
        var scale = Scale.Create(
            "kinerja",
            [new Band("Tinggi", 75m, null), new Band("Rendah", null, 50m), new Band("Sedang", 50m, 75m)],
            out var problems);

        problems.ShouldBeEmpty();
        scale.ShouldNotBeNull().Bands.Select(b => b.Label).ShouldBe(["Rendah", "Sedang", "Tinggi"]);
        scale.IsQualitative.ShouldBeFalse();
    }

    public static TheoryData<string, Band[], string> Invalid => new()
    {
        { "gap", [new Band("Rendah", null, 50m), new Band("Tinggi", 60m, null)], "celah" },
        { "overlap", [new Band("Rendah", null, 60m), new Band("Tinggi", 50m, null)], "tumpang tindih" },
        { "inclusive lower on the upper of the band below", [new Band("Rendah", null, 50m), new Band("Tinggi", 50m, null, LowerInclusive: true)], "tumpang tindih" },
        { "open upper bound below another band", [new Band("Rendah", 0m, null), new Band("Tinggi", 50m, 100m)], "tumpang tindih" },
        { "two open upper bounds", [new Band("Rendah", 0m, null), new Band("Tinggi", 50m, null)], "lebih dari satu pita tanpa batas_atas" },
        { "empty band", [new Band("Rendah", null, 50m), new Band("Kosong", 50m, 50m), new Band("Tinggi", 50m, null)], "kosong" },
        { "reversed band", [new Band("Rendah", null, 50m), new Band("Terbalik", 70m, 60m), new Band("Tinggi", 70m, null)], "kosong" },
        { "duplicate label", [new Band("Rendah", null, 50m), new Band("rendah", 50m, null)], "muncul lebih dari sekali" },
        { "no bands", [], "tidak memiliki pita" },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void Create_rejects_an_invalid_scale_with_a_problem(string why, Band[] bands, string message)
    {
        var scale = Scale.Create("kinerja", bands, out var problems);

        scale.ShouldBeNull(why);
        problems.ShouldContain(p => p.Message.Contains(message, StringComparison.Ordinal) && p.Field == "kinerja", why);
    }

    [Fact]
    public void Create_detects_a_qualitative_scale_from_bands_with_only_an_upper_bound()
    {
        var scale = Scale.Create(
            "opini_bpk",
            [new Band("WTP", null, 4m), new Band("WDP", null, 3m), new Band("TW", null, 2m), new Band("TMP", null, 1m)],
            out var problems);

        problems.ShouldBeEmpty();
        scale.ShouldNotBeNull().IsQualitative.ShouldBeTrue();
        scale.Bands.Select(b => b.Label).ShouldBe(["WTP", "WDP", "TW", "TMP"]);
    }

    [Fact]
    public void Create_rejects_a_qualitative_label_with_a_lower_bound()
    {
        var scale = Scale.Create("opini_bpk", [new Band("WTP", null, 4m), new Band("WDP", null, 3m), new Band("TW", 1m, 2m)], out var problems);

        scale.ShouldBeNull();
        problems.ShouldHaveSingleItem().Message.ShouldContain("\"TW\" harus hanya mengisi batas_atas");
    }

    [Theory]
    [InlineData("WTP", 4)]
    [InlineData(" wdp ", 3)]
    public void ValueOf_a_qualitative_label_is_its_upper_bound(string label, int value)
    {
        var scale = Scale.Create("opini_bpk", [new Band("WTP", null, 4m), new Band("WDP", null, 3m)], out _).ShouldNotBeNull();

        var number = scale.ValueOf(label);

        number.ShouldBe(value);
    }

    [Fact]
    public void ValueOf_an_unknown_label_has_no_value()
    {
        var scale = Scale.Create("opini_bpk", [new Band("WTP", null, 4m), new Band("WDP", null, 3m)], out _).ShouldNotBeNull();

        var number = scale.ValueOf("Disclaimer");

        number.ShouldBeNull();
    }

    [Fact]
    public void Classify_a_qualitative_scale_gives_no_band_and_a_banded_scale_gives_no_label_value()
    {
        var qualitative = Scale.Create("opini_bpk", [new Band("WTP", null, 4m), new Band("WDP", null, 3m)], out _).ShouldNotBeNull();

        var band = qualitative.Classify(4m);
        var value = BuiltInScales.SakipGrade.ValueOf("BB");

        band.ShouldBeNull();
        value.ShouldBeNull();
    }

    public static TheoryData<decimal, bool> RendahContains => new()
    {
        { 50m, false },
        { 50.0001m, true },
        { 65m, true },
        { 65.0001m, false },
    };

    [Theory]
    [MemberData(nameof(RendahContains))]
    public void Band_excludes_its_lower_bound_and_includes_its_upper_bound(decimal value, bool contains)
    {
        var band = new Band("Rendah", 50m, 65m);

        band.Contains(value).ShouldBe(contains);
    }

    [Fact]
    public void Band_with_inclusive_lower_bound_contains_it()
    {
        var band = new Band("D", 0m, 30m, LowerInclusive: true);

        band.Contains(0m).ShouldBeTrue();
        band.Contains(-0.01m).ShouldBeFalse();
    }

    [Fact]
    public void ScaleSet_lets_a_package_scale_replace_a_built_in_one_by_name()
    {
        var own = Scale.Create(BuiltInScales.CapaianCategoryName, [new Band("Kurang", null, 100m), new Band("Baik", 100m, null)], out _)
            .ShouldNotBeNull();

        var set = new ScaleSet([own]);

        set.CapaianCategory.ShouldBeSameAs(own);
        set.SakipGrade.ShouldBeSameAs(BuiltInScales.SakipGrade);
        set.Find("PERMENDAGRI_86_2017").ShouldBeSameAs(own);
    }

    [Fact]
    public void ScaleSet_finds_a_label_in_any_qualitative_scale()
    {
        var opinion = Scale.Create("opini_bpk", [new Band("WTP", null, 4m), new Band("WDP", null, 3m)], out _).ShouldNotBeNull();
        var set = new ScaleSet([opinion]);

        var values = new[] { set.ValueOfLabel("WDP"), set.ValueOfLabel("BB"), set.ValueOfLabel(" "), set.ValueOfLabel(null) };

        values.ShouldBe([3m, null, null, null]);
    }
}
