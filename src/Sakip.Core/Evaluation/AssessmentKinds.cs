namespace Sakip.Core.Evaluation;

/// <summary>The national assessments Sakip knows by name; a coordinator may record others under their own code.</summary>
public static class AssessmentKinds
{
    public static IReadOnlyDictionary<string, string> Known { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["indeks_kelembagaan"] = "Indeks Kelembagaan (PermenPAN-RB 20/2018)",
        ["kematangan_organisasi"] = "Indeks Kematangan Organisasi (Permendagri 99/2018)",
        ["maturitas_spip"] = "Maturitas SPIP (BPKP)",
        ["kematangan_ukpbj"] = "Tingkat Kematangan UKPBJ (LKPP)",
        ["indeks_rb"] = "Indeks Reformasi Birokrasi",
        ["indeks_spbe"] = "Indeks SPBE",
        ["kepatuhan_pelayanan_publik"] = "Kepatuhan Standar Pelayanan Publik (Ombudsman)",
    };

    /// <summary>The name of a kind as a user reads it, or the code itself when Sakip does not know it.</summary>
    public static string Name(string kind) => Known.TryGetValue(kind, out var name) ? name : kind;
}
