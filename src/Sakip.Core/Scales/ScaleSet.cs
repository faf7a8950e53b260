namespace Sakip.Core.Scales;

/// <summary>The scales in force: the built-in ones, replaced or extended by a package's own (skala.csv).</summary>
public sealed class ScaleSet
{
    readonly Dictionary<string, Scale> byName = new(StringComparer.OrdinalIgnoreCase);

    public ScaleSet(IEnumerable<Scale> custom)
    {
        foreach (var scale in BuiltInScales.All.Concat(custom))
        {
            byName[scale.Name] = scale;
        }
    }

    public static ScaleSet BuiltIn { get; } = new([]);

    public Scale CapaianCategory => byName[BuiltInScales.CapaianCategoryName];

    public Scale SakipGrade => byName[BuiltInScales.SakipGradeName];

    public Scale IkmQuality => byName[BuiltInScales.IkmQualityName];

    public Scale? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The number a qualitative label stands for in any qualitative scale, e.g. <c>WTP</c> → 4.</summary>
    public decimal? ValueOfLabel(string? label) =>
        string.IsNullOrWhiteSpace(label)
            ? null
            : byName.Values.Where(s => s.IsQualitative).Select(s => s.ValueOf(label)).FirstOrDefault(v => v is not null);
}
