namespace Sakip.Core.Scales;

/// <summary>The scales the spec defines ("Built-in rules"). Scales are data; these are the defaults.</summary>
public static class BuiltInScales
{
    public const string CapaianCategoryName = "permendagri_86_2017";
    public const string SakipGradeName = "permenpanrb_88_2021";
    public const string IkmQualityName = "permenpanrb_14_2017";

    /// <summary>Capaian category, Permendagri 86/2017. Values above 100 are Sangat Tinggi.</summary>
    public static Scale CapaianCategory { get; } = Build(CapaianCategoryName,
    [
        new Band("Sangat Rendah", null, 50m),
        new Band("Rendah", 50m, 65m),
        new Band("Sedang", 65m, 75m),
        new Band("Tinggi", 75m, 90m),
        new Band("Sangat Tinggi", 90m, null),
    ]);

    /// <summary>SAKIP grade, PermenPAN-RB 88/2021. D is [0, 30]; scores outside [0, 100] have no grade.</summary>
    public static Scale SakipGrade { get; } = Build(SakipGradeName,
    [
        new Band("D", 0m, 30m, LowerInclusive: true, Description: "Sangat Kurang"),
        new Band("C", 30m, 50m, Description: "Kurang"),
        new Band("CC", 50m, 60m, Description: "Cukup"),
        new Band("B", 60m, 70m, Description: "Baik"),
        new Band("BB", 70m, 80m, Description: "Sangat Baik"),
        new Band("A", 80m, 90m, Description: "Memuaskan"),
        new Band("AA", 90m, 100m, Description: "Sangat Memuaskan"),
    ]);

    /// <summary>
    /// Mutu pelayanan of an IKM, PermenPAN-RB 14/2017: A [88.31, 100], B [76.61, 88.30], C [65.00, 76.60],
    /// D [25.00, 64.99], applied to the IKM rounded to 2 decimals — so these (lower, upper] bands are the same.
    /// </summary>
    public static Scale IkmQuality { get; } = Build(IkmQualityName,
    [
        new Band("D", 25m, 64.99m, LowerInclusive: true, Description: "Tidak Baik"),
        new Band("C", 64.99m, 76.60m, Description: "Kurang Baik"),
        new Band("B", 76.60m, 88.30m, Description: "Baik"),
        new Band("A", 88.30m, 100m, Description: "Sangat Baik"),
    ]);

    public static IReadOnlyList<Scale> All { get; } = [CapaianCategory, SakipGrade, IkmQuality];

    static Scale Build(string name, IReadOnlyList<Band> bands) =>
        Scale.Create(name, bands, out var problems)
        ?? throw new InvalidOperationException($"Built-in scale {name} is invalid: {string.Join("; ", problems)}");
}
