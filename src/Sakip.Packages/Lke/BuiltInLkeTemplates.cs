using Sakip.Core.Evaluation.Lke;

namespace Sakip.Packages.Lke;

/// <summary>
/// The LKE templates shipped with Sakip, read from the CSV files embedded in this assembly (Templates/), in the same
/// format an Admin downloads and uploads: PermenPAN-RB 88/2021 with its 80 criteria (components 30/30/15/25, each
/// split 20/30/50 into pemenuhan, kualitas and implementasi), and the older 12/2015 structure (30/25/15/10/20).
/// </summary>
public static class BuiltInLkeTemplates
{
    public const string Permenpanrb88Of2021 = "permenpanrb_88_2021";
    public const string Permenpanrb12Of2015 = "permenpanrb_12_2015";

    static readonly Lazy<IReadOnlyList<LkeTemplate>> Templates = new(() =>
    [
        Load(Permenpanrb88Of2021, "LKE SAKIP PermenPAN-RB 88/2021", "Peraturan Menteri PANRB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah"),
        Load(Permenpanrb12Of2015, "LKE SAKIP PermenPAN-RB 12/2015",
            "Peraturan Menteri PANRB Nomor 12 Tahun 2015 (struktur komponen dan bobot; uraian kriteria diringkas)"),
    ]);

    public static IReadOnlyList<LkeTemplate> All => Templates.Value;

    public static LkeTemplate Get(string code) => All.First(t => t.Code == code);

    static LkeTemplate Load(string code, string name, string regulation)
    {
        var resource = $"{typeof(BuiltInLkeTemplates).Namespace}.Templates.{code}.csv";
        using var stream = typeof(BuiltInLkeTemplates).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Built-in LKE template {resource} is not embedded.");
        return LkeTemplateCsv.Read(stream, code + ".csv", code, name, regulation, 1, out var problems)
            ?? throw new InvalidOperationException($"Built-in LKE template {code} is invalid: {string.Join("; ", problems)}");
    }
}
