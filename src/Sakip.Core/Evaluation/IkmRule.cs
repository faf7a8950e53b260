using Sakip.Core.Explaining;
using Sakip.Core.Scales;

namespace Sakip.Core.Evaluation;

/// <summary>Indeks Kepuasan Masyarakat, PermenPAN-RB 14/2017.</summary>
public static class IkmRule
{
    public const int Elements = 9;

    /// <summary>NRR of one element: the mean of its answers, each 1–4.</summary>
    public static Explained<decimal?> ElementScore(IReadOnlyList<int> answers)
    {
        const string method = "NRR unsur = rata-rata jawaban (1–4)";
        if (answers.Count == 0)
        {
            return Explained.None(method, "belum ada jawaban");
        }
        if (answers.Any(a => a is < 1 or > 4))
        {
            throw new ArgumentException("IKM answers are between 1 and 4.", nameof(answers));
        }
        return Explained.Of((decimal)answers.Sum() / answers.Count, method, "{Σ} / {n}",
            new NamedValue("Σ", answers.Sum(), "Jumlah nilai jawaban"), new NamedValue("n", answers.Count, "Jumlah responden"));
    }

    /// <remarks>IKM = Σ(NRR_unsur × 1/9) × 25 over the 9 elements; computed as Σ NRR / 9 × 25 to stay exact in decimal.</remarks>
    public static Explained<decimal?> Index(IReadOnlyList<decimal> elementScores)
    {
        const string method = "IKM = Σ(NRR unsur × 1/9) × 25";
        if (elementScores.Count != Elements)
        {
            return Explained.None(method, $"IKM memerlukan nilai {Elements} unsur, tersedia {elementScores.Count}");
        }
        var inputs = elementScores.Select((s, i) => new NamedValue($"U{i + 1}", s, $"NRR unsur {i + 1}")).ToArray();
        var sum = string.Join(" + ", inputs.Select(i => "{" + i.Symbol + "}"));
        return Explained.Compute(() => elementScores.Sum() / Elements * 25m, method, $"({sum}) / 9 × 25", inputs);
    }

    /// <summary>The mutu pelayanan (A–D) of an IKM, compared on the value rounded to 2 decimals.</summary>
    public static Band? Quality(decimal ikm, Scale quality) => quality.Classify(Display.Round(ikm));
}
